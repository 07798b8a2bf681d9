using System.Globalization;
using System.Runtime.CompilerServices;
using Avance.Features.Countries;
using Avance.Features.Indicators;
using Avance.Features.Plans;
using Avance.Features.Programmes;
using Avance.Features.Results;
using Microsoft.EntityFrameworkCore;

namespace Avance.Web.Downloads.Tables;

/// <summary>An outcome as its tables name it: Avance's number and the IATI identifier, where it has one.</summary>
internal sealed record OutcomeKey(int Id, string? IatiIdentifier);

/// <summary>
/// Finds what an address names (country, plan, indicator, outcome) and streams that thing's rows, or answers 404 when it
/// does not exist. A country-wide table streams each plan's, programme's or outcome's rows in turn, one query open at a time.
/// </summary>
internal static class Scope
{
    public static async Task<DownloadRows<TRow>> Country<TRow>(DownloadRequest request, Func<string, IAsyncEnumerable<TRow>> rows) =>
        await CountryQueries.Exists(request.Db, request.Iso2, request.CancellationToken)
            ? DownloadRows<TRow>.Of(rows(request.Iso2))
            : DownloadRows<TRow>.NotFound;

    public static async Task<DownloadRows<TRow>> Plan<TRow>(DownloadRequest request, Func<PlanKey, IAsyncEnumerable<TRow>> rows) =>
        await PlanQueries.Find(request.Db, request.Iso2, request.Route("code"), request.CancellationToken) is { } plan
            ? DownloadRows<TRow>.Of(rows(plan))
            : DownloadRows<TRow>.NotFound;

    public static async Task<DownloadRows<TRow>> EveryPlan<TRow>(DownloadRequest request, Func<PlanKey, IAsyncEnumerable<TRow>> rows) =>
        await CountryQueries.Exists(request.Db, request.Iso2, request.CancellationToken)
            ? DownloadRows<TRow>.Of(Each(await PlanQueries.Keys(request.Db, request.Iso2, request.CancellationToken), rows))
            : DownloadRows<TRow>.NotFound;

    public static async Task<DownloadRows<TRow>> Indicator<TRow>(DownloadRequest request, Func<PlanKey, IndicatorKey, IAsyncEnumerable<TRow>> rows)
    {
        if (await PlanQueries.Find(request.Db, request.Iso2, request.Route("code"), request.CancellationToken) is not { } plan)
            return DownloadRows<TRow>.NotFound;
        return await IndicatorQueries.Find(request.Db, plan.Id, request.Route("indicatorCode"), request.CancellationToken) is { } indicator
            ? DownloadRows<TRow>.Of(rows(plan, indicator))
            : DownloadRows<TRow>.NotFound;
    }

    public static async Task<DownloadRows<TRow>> EveryProgramme<TRow>(DownloadRequest request, Func<ProgrammeRow, IAsyncEnumerable<TRow>> rows) =>
        await CountryQueries.Exists(request.Db, request.Iso2, request.CancellationToken)
            ? DownloadRows<TRow>.Of(Each(await ProgrammeQueries.Programmes(request.Db, request.Iso2, request.Language, request.CancellationToken), rows))
            : DownloadRows<TRow>.NotFound;

    public static async Task<DownloadRows<TRow>> Outcome<TRow>(DownloadRequest request, Func<OutcomeKey, IAsyncEnumerable<TRow>> rows)
    {
        if (!int.TryParse(request.Route("outcomeId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return DownloadRows<TRow>.NotFound;
        var outcome = await ResultsQueries.CountryOutcomes(request.Db, request.Iso2)
            .Where(o => o.Id == id)
            .Select(o => new OutcomeKey(o.Id, o.IatiIdentifier))
            .FirstOrDefaultAsync(request.CancellationToken);
        return outcome is null ? DownloadRows<TRow>.NotFound : DownloadRows<TRow>.Of(rows(outcome));
    }

    public static async Task<DownloadRows<TRow>> EveryOutcome<TRow>(DownloadRequest request, Func<OutcomeKey, IAsyncEnumerable<TRow>> rows)
    {
        if (!await CountryQueries.Exists(request.Db, request.Iso2, request.CancellationToken)) return DownloadRows<TRow>.NotFound;
        var outcomes = await ResultsQueries.OutcomeRows(request.Db, request.Iso2, request.Language, OutcomeFilter.None)
            .Select(o => new OutcomeKey(o.Id, o.IatiIdentifier))
            .ToListAsync(request.CancellationToken);
        return DownloadRows<TRow>.Of(Each(outcomes, rows));
    }

    /// <summary>Each key's rows after the previous key's: the next query starts once the last one's reader is closed.</summary>
    private static async IAsyncEnumerable<TRow> Each<TKey, TRow>(IReadOnlyList<TKey> keys, Func<TKey, IAsyncEnumerable<TRow>> rows,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
            await foreach (var row in rows(key).WithCancellation(cancellationToken))
                yield return row;
    }
}
