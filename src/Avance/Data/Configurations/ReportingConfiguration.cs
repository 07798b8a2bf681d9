using Avance.Domain;
using Avance.Features.Indicators;
using Avance.Features.Plans;
using Avance.Features.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Avance.Data.Configurations;

internal sealed class ReportingPeriodConfiguration : IEntityTypeConfiguration<ReportingPeriod>
{
    public void Configure(EntityTypeBuilder<ReportingPeriod> builder)
    {
        builder.Property(p => p.Label).HasMaxLength(100);
        builder.HasOne<Plan>().WithMany().HasForeignKey(p => p.PlanId);
        builder.HasIndex(p => new { p.PlanId, p.Label }).IsUnique();
    }
}

internal sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> builder)
    {
        builder.Property(m => m.Disaggregation)
            .HasConversion(k => k.ToString(), s => DisaggregationKey.Parse(s))
            .HasMaxLength(300);
        builder.HasIndex(m => new { m.IndicatorId, m.ReportingPeriodId, m.Disaggregation }).IsUnique();
        builder.HasOne<Indicator>().WithMany().HasForeignKey(m => m.IndicatorId);
        builder.HasOne<ReportingPeriod>().WithMany().HasForeignKey(m => m.ReportingPeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Source>().WithMany().HasForeignKey(m => m.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.TextValue).HasMaxLength(2000);
        builder.Property(m => m.ReturnReason).HasMaxLength(2000);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasText(m => m.Narrative);
        builder.HasMany(m => m.Revisions).WithOne().HasForeignKey(r => r.MeasurementId);
    }
}

internal sealed class MeasurementRevisionConfiguration : IEntityTypeConfiguration<MeasurementRevision>
{
    public void Configure(EntityTypeBuilder<MeasurementRevision> builder)
    {
        builder.HasIndex(r => new { r.MeasurementId, r.Number }).IsUnique();
        builder.Property(r => r.TextValue).HasMaxLength(2000);
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.HasOne<Source>().WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ActivityStatusReportConfiguration : IEntityTypeConfiguration<ActivityStatusReport>
{
    public void Configure(EntityTypeBuilder<ActivityStatusReport> builder)
    {
        builder.HasIndex(r => new { r.ActivityId, r.ReportingPeriodId }).IsUnique();
        builder.HasOne<Activity>().WithMany().HasForeignKey(r => r.ActivityId);
        builder.HasOne<ReportingPeriod>().WithMany().HasForeignKey(r => r.ReportingPeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasText(r => r.Narrative);
    }
}
