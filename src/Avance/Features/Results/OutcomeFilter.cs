using System.Globalization;
using Avance.Data;

namespace Avance.Features.Results;

/// <summary>Which outcomes a reader asked for. A null criterion matches every outcome.</summary>
public sealed record OutcomeFilter(int? Year = null, int? SdgGoal = null, OutcomeStatus? Status = null)
{
    public static readonly OutcomeFilter None = new();

    public bool IsEmpty => this == None;

    /// <summary>The criteria as query-string values (names as the page form and the API use them).</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToQuery()
    {
        if (Year is { } year) yield return new("year", year.ToString(CultureInfo.InvariantCulture));
        if (SdgGoal is { } goal) yield return new("sdg", goal.ToString(CultureInfo.InvariantCulture));
        if (Status is { } status) yield return new("status", status.ToString());
    }

    /// <summary>Reads the query-string values; returns null and the resource key explaining the first bad one.</summary>
    public static OutcomeFilter? TryParse(string? year, string? sdg, string? status, out string? errorKey)
    {
        if (!QueryValues.TryYear(year, out var parsedYear, out errorKey)) return null;

        int? goal = null;
        if (QueryValues.IsGiven(sdg) && (goal = QueryValues.WholeNumber(sdg)) is not (>= SdgGoals.First and <= SdgGoals.Last))
        {
            errorKey = "Results_SdgInvalid";
            return null;
        }

        OutcomeStatus? parsedStatus = null;
        if (QueryValues.IsGiven(status))
        {
            // Names only: Enum.TryParse would also take "2" or "7" and call them statuses.
            var match = Enum.GetValues<OutcomeStatus>().Where(s => string.Equals(s.ToString(), status!.Trim(), StringComparison.OrdinalIgnoreCase));
            if (!match.Any())
            {
                errorKey = "Results_StatusInvalid";
                return null;
            }
            parsedStatus = match.First();
        }
        return new OutcomeFilter(parsedYear, goal, parsedStatus);
    }

    /// <summary>
    /// An outcome belongs to a year when it has a progress note, a funding contribution, resources or an SDG
    /// allocation for that year; to a goal when resources are allocated to the goal or to one of its targets.
    /// </summary>
    internal IQueryable<Outcome> Apply(IQueryable<Outcome> outcomes, AvanceDb db)
    {
        if (Status is { } status) outcomes = outcomes.Where(o => o.Status == status);
        if (Year is { } year)
            outcomes = outcomes.Where(o => o.ProgressNotes.Any(n => n.Year == year)
                || db.FundingContributions.Any(c => c.OutcomeId == o.Id && c.Year == year)
                || db.OutcomeResources.Any(r => r.OutcomeId == o.Id && r.Year == year)
                || db.SdgAllocations.Any(a => a.OutcomeId == o.Id && a.Year == year));
        if (SdgGoal is { } goal)
        {
            var code = goal.ToString(CultureInfo.InvariantCulture);
            var targets = code + ".";
            outcomes = outcomes.Where(o => db.SdgAllocations.Any(a => a.OutcomeId == o.Id && (a.SdgCode == code || a.SdgCode.StartsWith(targets))));
        }
        return outcomes;
    }
}
