using Avance.Data;
using Avance.Features.Indicators;
using Avance.Features.Plans;
using Avance.Features.Reporting.Entry;
using Avance.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Evidence;

/// <summary>A file behind a published value, as the public indicator page lists it.</summary>
public sealed record PublishedEvidenceRow(string Period, string Value, string FileName, long Length, string Url);

/// <summary>
/// The evidence files of an indicator's published values, for the public indicator page. Published is decided by
/// <see cref="PublishedValues"/>, the one rule for every public value, so a file shows exactly when its value does.
/// </summary>
public sealed class PublishedEvidence(AvanceDb db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string iso2, string planCode, string indicatorCode)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await PlanQueries.Find(db, iso2, planCode, cancellationToken) is not { } plan
            || await IndicatorQueries.Find(db, plan.Id, indicatorCode, cancellationToken) is not { } indicator)
            return Content("");
        var files = await (from published in PublishedValues.Query(db, plan.Id, indicator.Id)
                           join evidence in db.EvidenceFiles on published.Measurement.Id equals evidence.MeasurementId
                           orderby published.Period.EndsOn, evidence.Id
                           select new { published.Period.Label, published.Measurement.Disaggregation, evidence.Id, evidence.FileName, evidence.Length })
            .ToListAsync(cancellationToken);
        if (files.Count == 0) return Content("");
        var countryId = await db.Plans.Where(p => p.Id == plan.Id).Select(p => p.CountryId).SingleAsync(cancellationToken);
        var labels = new CombinationLabels(await EntryQueries.States(db, countryId, cancellationToken), Languages.Current);
        return View("/Features/Evidence/_PublishedEvidence.cshtml",
            files.Select(f => new PublishedEvidenceRow(f.Label, labels.Label(f.Disaggregation), f.FileName, f.Length, EvidenceEndpoints.DownloadPath(f.Id))).ToList());
    }
}
