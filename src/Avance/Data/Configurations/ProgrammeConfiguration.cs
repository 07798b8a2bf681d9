using Avance.Features.Countries;
using Avance.Features.Organisations;
using Avance.Features.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Avance.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(50);
        builder.HasIndex(p => new { p.CountryId, p.Code }).IsUnique();
        builder.HasOne<Country>().WithMany().HasForeignKey(p => p.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.LeadOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasText(p => p.Name, required: true);
        builder.HasText(p => p.Description);
        builder.HasMany(p => p.Figures).WithOne().HasForeignKey(f => f.ProgrammeId);
    }
}

internal sealed class ProgrammeFigureConfiguration : IEntityTypeConfiguration<ProgrammeFigure>
{
    public void Configure(EntityTypeBuilder<ProgrammeFigure> builder)
    {
        builder.Property(f => f.Municipality).HasMaxLength(200);
        builder.Property(f => f.Currency).HasMaxLength(3);
        builder.Property(f => f.Channel).HasMaxLength(100);
        builder.HasOne(f => f.Area).WithMany().HasForeignKey(f => f.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.Source).WithMany().HasForeignKey(f => f.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.ProgrammeId, f.Year, f.Metric, f.AreaId, f.Municipality, f.Channel, f.SourceId }).IsUnique();
    }
}
