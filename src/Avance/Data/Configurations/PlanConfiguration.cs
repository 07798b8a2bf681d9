using Avance.Features.Countries;
using Avance.Features.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Avance.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.HasOne<Country>().WithMany().HasForeignKey(p => p.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Code).HasMaxLength(50);
        builder.HasIndex(p => new { p.CountryId, p.Code }).IsUnique();
        builder.HasIndex(p => new { p.CountryId, p.Generation });
        builder.ComplexProperty(p => p.Timeframe);
        builder.Property(p => p.BudgetCurrency).HasMaxLength(3);
        builder.HasText(p => p.Title, required: true);
        builder.HasText(p => p.Purpose);
        builder.HasText(p => p.Development);
        builder.HasText(p => p.Implementation);
        builder.HasText(p => p.MonitoringArrangement);
        builder.HasText(p => p.BudgetStatement);
        builder.HasText(p => p.Disarmament);
        builder.HasMany(p => p.Organisations).WithOne().HasForeignKey(o => o.PlanId);
        builder.HasMany(p => p.Documents).WithOne().HasForeignKey(d => d.PlanId);
        builder.HasMany(p => p.Pillars).WithOne().HasForeignKey(p => p.PlanId);
    }
}

internal sealed class PlanOrganisationConfiguration : IEntityTypeConfiguration<PlanOrganisation>
{
    public void Configure(EntityTypeBuilder<PlanOrganisation> builder)
    {
        builder.HasKey(o => new { o.PlanId, o.OrganisationId, o.Role });
        builder.HasOne(o => o.Organisation).WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlanDocumentConfiguration : IEntityTypeConfiguration<PlanDocument>
{
    public void Configure(EntityTypeBuilder<PlanDocument> builder)
    {
        builder.HasKey(d => new { d.PlanId, d.SourceId });
        builder.HasOne(d => d.Source).WithMany().HasForeignKey(d => d.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PillarConfiguration : IEntityTypeConfiguration<Pillar>
{
    public void Configure(EntityTypeBuilder<Pillar> builder)
    {
        builder.HasIndex(p => new { p.PlanId, p.Number }).IsUnique();
        builder.HasText(p => p.Name, required: true);
        builder.HasMany(p => p.Objectives).WithOne().HasForeignKey(o => o.PillarId);
    }
}

internal sealed class StrategicObjectiveConfiguration : IEntityTypeConfiguration<StrategicObjective>
{
    public void Configure(EntityTypeBuilder<StrategicObjective> builder)
    {
        builder.HasIndex(o => new { o.PillarId, o.Number }).IsUnique();
        builder.HasText(o => o.Statement, required: true);
        builder.HasMany(o => o.LinesOfAction).WithOne().HasForeignKey(l => l.ObjectiveId);
    }
}

internal sealed class LineOfActionConfiguration : IEntityTypeConfiguration<LineOfAction>
{
    public void Configure(EntityTypeBuilder<LineOfAction> builder)
    {
        builder.ToTable("LinesOfAction");
        builder.HasIndex(l => new { l.ObjectiveId, l.Number }).IsUnique();
        builder.HasText(l => l.Statement, required: true);
        builder.HasMany(l => l.Activities).WithOne().HasForeignKey(a => a.LineOfActionId);
    }
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.HasIndex(a => new { a.LineOfActionId, a.Number }).IsUnique();
        builder.HasText(a => a.Statement, required: true);
        builder.HasMany(a => a.Organisations).WithOne().HasForeignKey(o => o.ActivityId);
    }
}

internal sealed class ActivityOrganisationConfiguration : IEntityTypeConfiguration<ActivityOrganisation>
{
    public void Configure(EntityTypeBuilder<ActivityOrganisation> builder)
    {
        builder.HasKey(o => new { o.ActivityId, o.OrganisationId });
        builder.HasOne(o => o.Organisation).WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
