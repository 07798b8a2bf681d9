using Avance.Features.Funding;
using Avance.Features.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Avance.Data.Configurations;

internal sealed class OutcomeResourcesConfiguration : IEntityTypeConfiguration<OutcomeResources>
{
    public void Configure(EntityTypeBuilder<OutcomeResources> builder)
    {
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.HasOne<Outcome>().WithMany().HasForeignKey(r => r.OutcomeId);
        builder.HasOne(r => r.Source).WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.OutcomeId, r.Year, r.SourceId }).IsUnique();
    }
}

internal sealed class FundingContributionConfiguration : IEntityTypeConfiguration<FundingContribution>
{
    public void Configure(EntityTypeBuilder<FundingContribution> builder)
    {
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Ignore(c => c.Total);
        builder.HasOne<Outcome>().WithMany().HasForeignKey(c => c.OutcomeId);
        builder.HasOne(c => c.Partner).WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Source).WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OutcomeId, c.PartnerId, c.Year, c.SourceId }).IsUnique();
    }
}

internal sealed class SdgAllocationConfiguration : IEntityTypeConfiguration<SdgAllocation>
{
    public void Configure(EntityTypeBuilder<SdgAllocation> builder)
    {
        builder.Property(a => a.Currency).HasMaxLength(3);
        builder.Property(a => a.SdgCode).HasMaxLength(10);
        builder.HasOne<Outcome>().WithMany().HasForeignKey(a => a.OutcomeId);
        builder.HasOne(a => a.Source).WithMany().HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OutcomeId, a.Year, a.SdgCode, a.SourceId }).IsUnique();
    }
}
