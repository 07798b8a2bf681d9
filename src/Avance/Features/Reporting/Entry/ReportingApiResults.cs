using System.Globalization;
using Avance.Features.Reporting.Entry.Rules;
using Avance.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Reporting.Entry;

/// <summary>How the reporting API answers a refused entry: 400 with every rule problem, 409 for the period, state or a conflict.</summary>
internal static class ReportingApiResults
{
    public static ValidationProblem Invalid(IReadOnlyList<EntryProblem> problems)
    {
        var culture = CultureInfo.CurrentUICulture;
        var errors = problems
            .GroupBy(p => p.ValueIndex is { } index ? $"values[{index.ToString(CultureInfo.InvariantCulture)}]" : p.Field)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message(culture)).ToArray());
        return TypedResults.ValidationProblem(errors, detail: UiText.Get("Reporting_ApiInvalid", culture),
            extensions: new Dictionary<string, object?> { ["problems"] = problems.Select(Describe).ToList() });
    }

    public static ProblemHttpResult Refused(string key, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(UiText.Get(key, CultureInfo.CurrentUICulture), statusCode: StatusCodes.Status409Conflict,
            title: UiText.Get("Status409Title", CultureInfo.CurrentUICulture), extensions: extensions);

    /// <summary>A problem with its code, where it is, and its message in every interface language.</summary>
    public static object Describe(EntryProblem problem) => new
    {
        problem.Code,
        problem.Field,
        Index = problem.ValueIndex,
        problem.Combination,
        Message = Languages.All.ToDictionary(l => l, l => problem.Message(CultureInfo.GetCultureInfo(l))),
    };
}
