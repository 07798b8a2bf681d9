using Avance.Data.Configurations;
using Avance.Domain;
using Avance.Features.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Avance.Features.Interchange;

internal sealed class OutcomeImportConfiguration : IEntityTypeConfiguration<OutcomeImport>
{
    public void Configure(EntityTypeBuilder<OutcomeImport> builder)
    {
        builder.ToTable("OutcomeImports");
        builder.HasKey(i => i.OutcomeId);
        builder.HasOne<Outcome>().WithOne().HasForeignKey<OutcomeImport>(i => i.OutcomeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Source>().WithMany().HasForeignKey(i => i.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.ContentHash).HasMaxLength(64);
        builder.Property(i => i.ActivityStatus).HasMaxLength(10);
        builder.HasText(i => i.Description);
    }
}

internal sealed class IatiIndicatorConfiguration : IEntityTypeConfiguration<IatiIndicator>
{
    public void Configure(EntityTypeBuilder<IatiIndicator> builder)
    {
        builder.ToTable("IatiIndicators");
        builder.HasKey(i => i.ResultIndicatorId);
        builder.HasOne<ResultIndicator>().WithOne().HasForeignKey<IatiIndicator>(i => i.ResultIndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.ResultType).HasMaxLength(10);
        builder.HasText(i => i.ResultTitle, required: true);
        builder.HasText(i => i.ResultDescription);
        builder.HasText(i => i.Description);
    }
}

internal sealed class ResultIndicatorValueConfiguration : IEntityTypeConfiguration<ResultIndicatorValue>
{
    public void Configure(EntityTypeBuilder<ResultIndicatorValue> builder)
    {
        builder.ToTable("ResultIndicatorValues");
        builder.HasOne<ResultIndicator>().WithMany().HasForeignKey(v => v.ResultIndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ResultIndicatorPeriod>().WithMany().HasForeignKey(v => v.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasText(v => v.Comment);
    }
}
