using Avance.Domain;
using Avance.Features.Countries;
using Avance.Features.Organisations;
using Avance.Features.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Avance.Data.Configurations;

internal sealed class ResultsFrameworkConfiguration : IEntityTypeConfiguration<ResultsFramework>
{
    public void Configure(EntityTypeBuilder<ResultsFramework> builder)
    {
        builder.HasOne<Country>().WithMany().HasForeignKey(f => f.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasText(f => f.Title, required: true);
        builder.HasMany(f => f.Outcomes).WithOne().HasForeignKey(o => o.FrameworkId);
    }
}

internal sealed class OutcomeConfiguration : IEntityTypeConfiguration<Outcome>
{
    public void Configure(EntityTypeBuilder<Outcome> builder)
    {
        builder.Property(o => o.IatiIdentifier).HasMaxLength(200);
        builder.HasIndex(o => o.IatiIdentifier).IsUnique();
        builder.HasText(o => o.Summary, required: true);
        builder.HasMany(o => o.Outputs).WithOne().HasForeignKey(o => o.OutcomeId);
        builder.HasMany(o => o.ProgressNotes).WithOne().HasForeignKey(n => n.OutcomeId);
        builder.HasMany(o => o.Indicators).WithOne().HasForeignKey(i => i.OutcomeId);
        builder.HasMany(o => o.StrategicPlanContributions).WithOne().HasForeignKey(c => c.OutcomeId);
    }
}

internal sealed class OutputConfiguration : IEntityTypeConfiguration<Output>
{
    public void Configure(EntityTypeBuilder<Output> builder)
    {
        builder.Property(o => o.Code).HasMaxLength(50);
        builder.Property(o => o.IatiIdentifier).HasMaxLength(200);
        builder.HasIndex(o => new { o.OutcomeId, o.Code }).IsUnique();
        builder.HasText(o => o.Title, required: true);
    }
}

internal sealed class OutcomeProgressNoteConfiguration : IEntityTypeConfiguration<OutcomeProgressNote>
{
    public void Configure(EntityTypeBuilder<OutcomeProgressNote> builder)
    {
        builder.HasIndex(n => new { n.OutcomeId, n.Year, n.SourceId }).IsUnique();
        builder.HasOne(n => n.Source).WithMany().HasForeignKey(n => n.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasText(n => n.Note, required: true);
    }
}

internal sealed class StrategicPlanContributionConfiguration : IEntityTypeConfiguration<StrategicPlanContribution>
{
    public void Configure(EntityTypeBuilder<StrategicPlanContribution> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(50);
        builder.HasIndex(c => new { c.OutcomeId, c.Level, c.Code }).IsUnique();
        builder.HasText(c => c.Title, required: true);
    }
}

internal sealed class ResultIndicatorConfiguration : IEntityTypeConfiguration<ResultIndicator>
{
    public void Configure(EntityTypeBuilder<ResultIndicator> builder)
    {
        builder.HasOne<Output>().WithMany().HasForeignKey(i => i.OutputId).OnDelete(DeleteBehavior.Restrict);
        builder.HasText(i => i.Title, required: true);
        builder.HasMany(i => i.Periods).WithOne().HasForeignKey(p => p.ResultIndicatorId);
    }
}

internal sealed class ResultIndicatorPeriodConfiguration : IEntityTypeConfiguration<ResultIndicatorPeriod>
{
    public void Configure(EntityTypeBuilder<ResultIndicatorPeriod> builder)
    {
        builder.HasOne<Source>().WithMany().HasForeignKey(p => p.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasText(p => p.Comment);
    }
}
