using System.Globalization;

namespace Avance.Features.Reporting.Entry.Rules;

/// <summary>An activity's status report as entered: the status by name ("InProgress"), the narrative in either language.</summary>
public sealed record ActivityInput(string? Status, string? NarrativeEnglish, string? NarrativeSpanish);

public sealed record CheckedActivity(ImplementationStatus Status, string? NarrativeEnglish, string? NarrativeSpanish);

/// <summary>The rules for an activity's status in a period: a known status always, a narrative to submit.</summary>
public static class ActivityRules
{
    public static (IReadOnlyList<EntryProblem> Problems, CheckedActivity? Activity) Check(ActivityInput input, string? storedEnglish,
        string? storedSpanish, EntryMode mode)
    {
        var problems = new List<EntryProblem>();
        var status = Status(input.Status, problems);
        var (english, spanish) = DetailRules.Narrative(input.NarrativeEnglish, input.NarrativeSpanish, storedEnglish, storedSpanish, mode, problems);
        return problems.Count > 0 || status is null ? (problems, null) : ([], new CheckedActivity(status.Value, english, spanish));
    }

    private static ImplementationStatus? Status(string? text, List<EntryProblem> problems)
    {
        var name = text?.Trim() ?? "";
        if (name.Length == 0)
        {
            problems.Add(EntryProblem.About(ProblemCodes.StatusMissing, EntryFields.Status));
            return null;
        }
        if (!int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            && Enum.TryParse<ImplementationStatus>(name, ignoreCase: true, out var status) && Enum.IsDefined(status))
            return status;
        problems.Add(EntryProblem.About(ProblemCodes.StatusUnknown, EntryFields.Status, name));
        return null;
    }
}
