using Avance.Features.Accounts;
using Avance.Features.Assessments;
using Avance.Features.Audit;
using Avance.Features.Evidence;
using Avance.Features.Organisations;
using Avance.Features.Plans;
using Avance.Features.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Avance.Data.Configurations;

internal sealed class AvanceUserConfiguration : IEntityTypeConfiguration<AvanceUser>
{
    public void Configure(EntityTypeBuilder<AvanceUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Prefix).HasMaxLength(PersonalAccessToken.PrefixLength);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.Property(t => t.Scopes).HasMaxLength(200);
        builder.HasOne<AvanceUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.ItemType).HasMaxLength(50);
        builder.Property(e => e.ItemKey).HasMaxLength(100);
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.HasIndex(e => new { e.ItemType, e.ItemKey });
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
        builder.HasOne<Plan>().WithMany().HasForeignKey(v => v.PlanId);
        builder.Property(v => v.ChangeNote).HasMaxLength(4000);
        builder.Property(v => v.ChangeNoteLanguage).HasMaxLength(Domain.LanguageCode.MaxLength);
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.HasOne<Measurement>().WithMany().HasForeignKey(e => e.MeasurementId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.FileName).HasMaxLength(255);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.Sha256).HasMaxLength(64);
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.HasIndex(a => new { a.Subject, a.SubjectId });
        builder.HasOne<AvanceUser>().WithMany().HasForeignKey(a => a.AuthorUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReportingPeriod>().WithMany().HasForeignKey(a => a.ReportingPeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Narrative).HasMaxLength(Assessment.MaxNarrativeLength);
        builder.Property(a => a.Language).HasMaxLength(Domain.LanguageCode.MaxLength);
        builder.Property(a => a.Sources).HasMaxLength(4000);
        builder.Property(a => a.HiddenReason).HasMaxLength(2000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasMany(a => a.Replies).WithOne().HasForeignKey(r => r.AssessmentId);
    }
}

internal sealed class AssessmentReplyConfiguration : IEntityTypeConfiguration<AssessmentReply>
{
    public void Configure(EntityTypeBuilder<AssessmentReply> builder)
    {
        builder.HasOne<AvanceUser>().WithMany().HasForeignKey(r => r.AuthorUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Text).HasMaxLength(Assessment.MaxNarrativeLength);
        builder.Property(r => r.Language).HasMaxLength(Domain.LanguageCode.MaxLength);
    }
}
