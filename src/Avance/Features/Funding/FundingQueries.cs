using System.Runtime.CompilerServices;
using Avance.Data;
using Avance.Features.Results;
using Avance.Features.Sources;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Funding;

public static class FundingQueries
{
    /// <summary>Funding partner contributions to a country's outcomes: newest year first, then by outcome and partner.</summary>
    public static async Task<List<FundingRow>> Contributions(AvanceDb db, string iso2, string language, CancellationToken cancellationToken) =>
        await ContributionRows(db, iso2, language).ToListAsync(cancellationToken);

    /// <summary>A country's funding contributions, of one year when given, streamed in the order the pages show them.</summary>
    public static IAsyncEnumerable<FundingRow> ContributionRows(AvanceDb db, string iso2, string language, int? year = null)
    {
        var outcomeIds = ResultsQueries.CountryOutcomes(db, iso2).Select(o => o.Id);
        var contributions = db.FundingContributions.Where(c => outcomeIds.Contains(c.OutcomeId));
        if (year is { } only) contributions = contributions.Where(c => c.Year == only);
        return Rows(db, contributions, language);
    }

    public static IAsyncEnumerable<FundingRow> OutcomeContributionRows(AvanceDb db, int outcomeId, string language) =>
        Rows(db, db.FundingContributions.Where(c => c.OutcomeId == outcomeId), language);

    /// <summary>An outcome's planned, core / non-core and spent resources per year and source, newest year first.</summary>
    public static async IAsyncEnumerable<OutcomeResourcesRow> ResourcesRows(AvanceDb db, int outcomeId,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = db.OutcomeResources.Where(r => r.OutcomeId == outcomeId)
            .OrderByDescending(r => r.Year).ThenBy(r => r.Currency).ThenBy(r => r.SourceId)
            .Select(r => new { r.OutcomeId, r.Year, r.Currency, r.PlannedBudget, r.CoreResources, r.NonCoreResources, r.Expenditure, r.Source })
            .AsAsyncEnumerable();
        await foreach (var r in query.WithCancellation(cancellationToken))
            yield return new OutcomeResourcesRow(r.OutcomeId, r.Year, r.Currency, r.PlannedBudget, r.CoreResources, r.NonCoreResources, r.Expenditure,
                SourceRow.Of(r.Source!));
    }

    /// <summary>An outcome's resources attributed to SDG goals and targets, newest year first.</summary>
    public static async IAsyncEnumerable<SdgAllocationRow> SdgAllocationRows(AvanceDb db, int outcomeId, string language,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = db.SdgAllocations.Where(a => a.OutcomeId == outcomeId)
            .OrderByDescending(a => a.Year).ThenBy(a => a.SdgCode).ThenBy(a => a.SourceId)
            .Select(a => new { a.OutcomeId, a.Year, a.SdgCode, a.Currency, a.Amount, a.Source })
            .AsAsyncEnumerable();
        await foreach (var a in query.WithCancellation(cancellationToken))
        {
            var goal = SdgGoals.GoalOf(a.SdgCode);
            yield return new SdgAllocationRow(a.OutcomeId, a.Year, a.SdgCode, goal, goal is { } g ? SdgGoals.Name(g, language) : a.SdgCode,
                a.Currency, a.Amount, SourceRow.Of(a.Source!));
        }
    }

    // Ordered in SQL by keys rather than by amount: SQLite cannot order decimals, and a stream cannot be re-sorted.
    private static async IAsyncEnumerable<FundingRow> Rows(AvanceDb db, IQueryable<FundingContribution> contributions, string language,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = contributions
            .OrderByDescending(c => c.Year).ThenBy(c => c.OutcomeId).ThenBy(c => c.PartnerId).ThenBy(c => c.SourceId)
            .Select(c => new
            {
                c.OutcomeId,
                Outcome = db.Outcomes.Where(o => o.Id == c.OutcomeId).Select(o => o.IatiIdentifier).FirstOrDefault(),
                Name = TextInLanguage.Pick(c.Partner!.Name, language), Acronym = TextInLanguage.Pick(c.Partner.Acronym, language),
                c.Year, c.Currency, c.Development, c.Humanitarian, c.Source,
            })
            .AsAsyncEnumerable();
        await foreach (var r in query.WithCancellation(cancellationToken))
            yield return new FundingRow(r.OutcomeId, r.Outcome, r.Name ?? "", r.Acronym, r.Year, r.Currency,
                r.Development, r.Humanitarian, SourceRow.Of(r.Source!));
    }
}
