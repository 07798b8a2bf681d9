using Avance.Data;
using Avance.Features.Countries;
using Avance.Features.Organisations;
using Avance.Features.Results;
using Avance.Iati.Model;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Interchange.Export;

/// <summary>A country's outcomes as IATI activities: one outcome at a time, with its indicators, budgets, funding and SDGs.</summary>
internal sealed class OutcomeActivities(AvanceDb db, IatiExportOptions options, TimeProvider clock)
{
    public async IAsyncEnumerable<IatiActivity> ForCountryAsync(Country country, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = await ResultsQueries.CountryOutcomes(db, country.Iso2).OrderBy(o => o.FrameworkId).ThenBy(o => o.DisplayOrder).ThenBy(o => o.Id)
            .Select(o => o.Id).ToListAsync(cancellationToken);
        foreach (var id in ids) yield return await ActivityAsync(country, id, cancellationToken);
    }

    private async Task<IatiActivity> ActivityAsync(Country country, int outcomeId, CancellationToken cancellationToken)
    {
        var outcome = await db.Outcomes.Include(o => o.Summary).FirstAsync(o => o.Id == outcomeId, cancellationToken);
        var organisation = await db.Organisations.Include(o => o.Name)
            .FirstAsync(o => db.ResultsFrameworks.Any(f => f.Id == outcome.FrameworkId && f.OrganisationId == o.Id), cancellationToken);
        var import = await db.Set<OutcomeImport>().Include(i => i.Description).FirstOrDefaultAsync(i => i.OutcomeId == outcomeId, cancellationToken);
        var finance = await OutcomeFinance.LoadAsync(db, outcomeId, cancellationToken);
        var results = await OutcomeResults.LoadAsync(db, outcome, cancellationToken);
        var reportingRef = organisation.IatiIdentifier ?? options.ReportingOrgRef;
        var title = ExportText.Of(outcome.Summary).Or(ExportText.OfPlain(outcome.IatiIdentifier ?? reportingRef));
        var firstYear = finance.FirstYear(results);
        var start = import?.StartDate ?? (firstYear is { } year ? ExportText.FirstDay(year) : DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return new IatiActivity
        {
            Identifier = outcome.IatiIdentifier ?? $"{reportingRef}-{country.Iso2}-OUTCOME-{outcome.Id}",
            DefaultCurrency = finance.Currency,
            ReportingOrg = new ReportingOrg(reportingRef, ExportText.TypeOf(organisation.Kind), null, ExportText.Of(organisation.Name)),
            Title = title,
            Descriptions = [new Description("1", ExportText.Of(import?.Description).Or(title))],
            ParticipatingOrgs = [ExportText.Participant(organisation, "4")],
            ActivityStatus = import?.ActivityStatus ?? "2",
            ActivityDates = DatesOf(import, start),
            RecipientCountries = [new RecipientCountry(country.Iso2, 100, Narratives.None)],
            Sectors = finance.Sectors,
            Budgets = finance.Budgets,
            Transactions = finance.Transactions,
            Results = results.Results,
        };
    }

    /// <summary>Planned start and end: the import keeps one start and one end, not whether they were planned or actual.</summary>
    private static ValueList<ActivityDate> DatesOf(OutcomeImport? import, DateOnly start)
    {
        var dates = new List<ActivityDate> { new("1", start, Narratives.None) };
        if (import?.EndDate is { } end && end >= start) dates.Add(new ActivityDate("3", end, Narratives.None));
        return dates.ToValueList();
    }
}
