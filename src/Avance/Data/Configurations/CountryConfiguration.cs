using Avance.Features.Countries;
using Avance.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Avance.Data.Configurations;

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.Property(c => c.Iso2).HasMaxLength(2);
        builder.Property(c => c.Iso3).HasMaxLength(3);
        builder.HasIndex(c => c.Iso2).IsUnique();
        builder.HasText(c => c.Name, required: true);
        builder.HasMany(c => c.ContextValues).WithOne().HasForeignKey(v => v.CountryId);
        builder.HasMany(c => c.Areas).WithOne().HasForeignKey(a => a.CountryId);
    }
}

internal sealed class AdministrativeAreaConfiguration : IEntityTypeConfiguration<AdministrativeArea>
{
    public void Configure(EntityTypeBuilder<AdministrativeArea> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(10);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Abbreviation).HasMaxLength(10);
        builder.HasIndex(a => new { a.CountryId, a.Code }).IsUnique();
    }
}

internal sealed class ContextIndexConfiguration : IEntityTypeConfiguration<ContextIndex>
{
    public void Configure(EntityTypeBuilder<ContextIndex> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(100);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.HasText(i => i.Name, required: true);
    }
}

internal sealed class ContextIndexValueConfiguration : IEntityTypeConfiguration<ContextIndexValue>
{
    public void Configure(EntityTypeBuilder<ContextIndexValue> builder)
    {
        builder.Property(v => v.Currency).HasMaxLength(3);
        builder.HasOne(v => v.Index).WithMany().HasForeignKey(v => v.ContextIndexId);
        builder.HasOne(v => v.Source).WithMany().HasForeignKey(v => v.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.CountryId, v.ContextIndexId, v.Year, v.SourceId }).IsUnique();
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasText(o => o.Name, required: true);
        builder.HasText(o => o.Acronym);
        builder.Property(o => o.IatiIdentifier).HasMaxLength(200);
        builder.HasIndex(o => o.IatiIdentifier).IsUnique();
        builder.HasOne<Country>().WithMany().HasForeignKey(o => o.CountryId).OnDelete(DeleteBehavior.Restrict);
    }
}
