using Avance.Domain;
using Avance.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Avance.Data.Configurations;

/// <summary>
/// The search entries table. Its full-text index (an FTS5 table on SQLite, a GIN index on PostgreSQL) is not part of
/// the model: the Search migration creates it in each engine's own SQL.
/// </summary>
internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        builder.Property(e => e.CountryIso2).HasMaxLength(2);
        builder.Property(e => e.Language).HasMaxLength(LanguageCode.MaxLength);
        builder.Property(e => e.Path).HasMaxLength(500);
    }
}
