using Avance.Data;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Features.Audit;
using Avance.Features.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Evidence;

public enum UploadStatus { Added, NotFound, Forbidden, PeriodNotOpen, Locked, NoSavedValue, Empty, TooLarge, WrongType }

public sealed record UploadOutcome(UploadStatus Status, EvidenceRow? File = null);

/// <summary>
/// Attaches a file to a saved value of an indicator. Who may is checked first (the organisation responsible for the
/// indicator), then the period and the value's state, then the file itself.
/// </summary>
public sealed class EvidenceUploads(AvanceDb db, EvidenceStore store, TimeProvider clock)
{
    public const int MaxFileNameLength = 255;

    public long MaxBytes => store.MaxBytes;

    public async Task<UploadOutcome> AddAsync(Caller caller, int periodId, int indicatorId, string combination, IFormFile? file,
        CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.Where(i => i.Id == indicatorId)
            .Select(i => new { i.PlanId, i.ResponsibleOrganisationId }).SingleOrDefaultAsync(cancellationToken);
        var period = await db.ReportingPeriods.Where(p => p.Id == periodId).Select(p => new { p.PlanId, p.State }).SingleOrDefaultAsync(cancellationToken);
        if (indicator is null || period is null || indicator.PlanId != period.PlanId) return new(UploadStatus.NotFound);
        if (!caller.ActsFor(indicator.ResponsibleOrganisationId)) return new(UploadStatus.Forbidden);
        if (period.State != PeriodState.Open) return new(UploadStatus.PeriodNotOpen);

        var key = TryParse(combination);
        var measurement = key is null ? null : await db.Measurements
            .Where(m => m.IndicatorId == indicatorId && m.ReportingPeriodId == periodId && m.Disaggregation == key)
            .Select(m => new { m.Id, m.Status }).SingleOrDefaultAsync(cancellationToken);
        if (measurement is null) return new(UploadStatus.NoSavedValue);
        if (measurement.Status is not (MeasurementStatus.Draft or MeasurementStatus.Returned)) return new(UploadStatus.Locked);

        if (file is null || file.Length == 0) return new(UploadStatus.Empty);
        var extension = Path.GetExtension(file.FileName);
        if (EvidenceTypes.ContentType(extension) is not { } contentType) return new(UploadStatus.WrongType);
        if (file.Length > store.MaxBytes) return new(UploadStatus.TooLarge);
        await using var content = file.OpenReadStream();
        var stored = await store.SaveAsync(content, extension, cancellationToken);
        if (stored.Outcome != StoreOutcome.Stored)
            return new(stored.Outcome switch { StoreOutcome.TooLarge => UploadStatus.TooLarge, StoreOutcome.Empty => UploadStatus.Empty, _ => UploadStatus.WrongType });

        var now = clock.GetUtcNow();
        var evidence = new EvidenceFile(measurement.Id, FileName(file.FileName), contentType, stored.Length, stored.Sha256, now, caller.UserId);
        db.EvidenceFiles.Add(evidence);
        AuditTrail.Record(db, caller, now, "evidence.add", "measurement", measurement.Id, null,
            new { evidence.FileName, evidence.ContentType, evidence.Length, evidence.Sha256 });
        await db.SaveChangesAsync(cancellationToken);
        return new(UploadStatus.Added, new EvidenceRow(evidence.Id, measurement.Id, evidence.FileName, contentType, evidence.Length, evidence.Sha256, now));
    }

    /// <summary>The name as the person's computer had it, without any folder, control character or excess length.</summary>
    private static string FileName(string name)
    {
        var bare = new string([.. Path.GetFileName(name.Replace('\\', '/')).Where(c => !char.IsControl(c))]).Trim();
        if (bare.Length <= MaxFileNameLength) return bare.Length == 0 ? "evidence" : bare;
        var extension = Path.GetExtension(bare);
        return bare[..(MaxFileNameLength - extension.Length)] + extension;
    }

    private static DisaggregationKey? TryParse(string combination)
    {
        try
        {
            return DisaggregationKey.Parse(combination.Trim());
        }
        catch (DomainRuleException)
        {
            return null;
        }
    }
}
