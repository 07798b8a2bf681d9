using Avance.Features.Frameworks;
using Avance.Features.Indicators;
using Avance.Features.Organisations;
using Avance.Features.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Avance.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(50);
        builder.HasIndex(i => new { i.PlanId, i.Code }).IsUnique();
        builder.HasOne<Plan>().WithMany().HasForeignKey(i => i.PlanId);
        builder.HasOne<StrategicObjective>().WithMany().HasForeignKey(i => i.ObjectiveId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Activity>().WithMany().HasForeignKey(i => i.ActivityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.ResponsibleOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(i => i.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasText(i => i.Wording, required: true);
        builder.HasText(i => i.Unit);
        builder.HasText(i => i.DataSource);
        builder.HasMany(i => i.Targets).WithOne().HasForeignKey(t => t.IndicatorId);
        builder.HasMany(i => i.Disaggregations).WithOne().HasForeignKey(d => d.IndicatorId);
        builder.HasMany(i => i.FrameworkLinks).WithOne().HasForeignKey(l => l.IndicatorId);
    }
}

internal sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> builder)
    {
        builder.HasIndex(t => new { t.IndicatorId, t.Year }).IsUnique();
        builder.HasText(t => t.Description);
    }
}

internal sealed class IndicatorDisaggregationConfiguration : IEntityTypeConfiguration<IndicatorDisaggregation>
{
    public void Configure(EntityTypeBuilder<IndicatorDisaggregation> builder) =>
        builder.HasKey(d => new { d.IndicatorId, d.Dimension });
}

internal sealed class IndicatorFrameworkLinkConfiguration : IEntityTypeConfiguration<IndicatorFrameworkLink>
{
    public void Configure(EntityTypeBuilder<IndicatorFrameworkLink> builder)
    {
        builder.HasKey(l => new { l.IndicatorId, l.GlobalIndicatorId });
        builder.HasOne(l => l.GlobalIndicator).WithMany().HasForeignKey(l => l.GlobalIndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GlobalIndicatorConfiguration : IEntityTypeConfiguration<GlobalIndicator>
{
    public void Configure(EntityTypeBuilder<GlobalIndicator> builder)
    {
        builder.Property(g => g.Code).HasMaxLength(20);
        builder.HasIndex(g => new { g.Framework, g.Code }).IsUnique();
        builder.HasText(g => g.Title, required: true);
    }
}
