using System.Linq.Expressions;
using Avance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Avance.Data.Configurations;

internal static class TextMapping
{
    /// <summary>
    /// Points a translatable property at a row of Texts through a shadow key named after it ("TitleId").
    /// Texts are never deleted through their owner: a text may be shared, and history must not vanish.
    /// </summary>
    public static void HasText<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, LocalizedText?>> text, bool required = false)
        where T : class
    {
        var name = ((MemberExpression)text.Body).Member.Name;
        builder.HasOne(text).WithMany().HasForeignKey($"{name}Id").IsRequired(required).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LocalizedTextConfiguration : IEntityTypeConfiguration<LocalizedText>
{
    public void Configure(EntityTypeBuilder<LocalizedText> builder)
    {
        builder.ToTable("Texts");
        builder.HasMany(t => t.Translations).WithOne().HasForeignKey(t => t.TextId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Translations).AutoInclude();
    }
}

internal sealed class TextTranslationConfiguration : IEntityTypeConfiguration<TextTranslation>
{
    public void Configure(EntityTypeBuilder<TextTranslation> builder)
    {
        builder.HasKey(t => new { t.TextId, t.Language });
        builder.Property(t => t.Language).HasMaxLength(LanguageCode.MaxLength);
        builder.HasIndex(t => t.Language);
    }
}

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.HasIndex(s => s.Key).IsUnique();
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.Property(s => s.Publisher).HasMaxLength(300);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.Language).HasMaxLength(LanguageCode.MaxLength);
    }
}
