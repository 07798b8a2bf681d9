using System.Globalization;
using Avance.Sanitising;

namespace Avance.Features.Reporting.Entry.Rules;

/// <summary>The narrative, the source and the date of an entry (or of an activity's status report).</summary>
internal static class DetailRules
{
    public const int MaxNarrativeLength = 4000;
    public const int MaxSourceTitleLength = 500;
    public const int MaxUrlLength = 2000;

    /// <summary>Each language's narrative as it will be kept (sanitised, null when empty); a submission needs one of them.</summary>
    public static (string? English, string? Spanish) Narrative(string? english, string? spanish, string? storedEnglish, string? storedSpanish,
        EntryMode mode, List<EntryProblem> problems)
    {
        var en = Text(english, storedEnglish, EntryFields.NarrativeEnglish, problems);
        var es = Text(spanish, storedSpanish, EntryFields.NarrativeSpanish, problems);
        if (mode == EntryMode.Submit && en is null && es is null)
            problems.Add(EntryProblem.About(ProblemCodes.NarrativeMissing, EntryFields.Narrative));
        return (en, es);
    }

    public static SourceChoice Source(SourceChoice? choice, int? storedId, Func<int, bool> sourceExists, EntryMode mode, List<EntryProblem> problems)
    {
        var effective = choice ?? (storedId is { } id ? new SourceChoice.Existing(id) : new SourceChoice.None());
        switch (effective)
        {
            case SourceChoice.Existing existing when !sourceExists(existing.Id):
                problems.Add(EntryProblem.About(ProblemCodes.SourceUnknown, EntryFields.Source, existing.Id));
                break;
            case SourceChoice.New created:
                var title = TextSanitiser.ToPlainText(created.Title);
                var url = created.Url.Trim();
                if (title.Length == 0) problems.Add(EntryProblem.About(ProblemCodes.SourceTitleMissing, EntryFields.SourceTitle));
                else if (title.Length > MaxSourceTitleLength) problems.Add(EntryProblem.About(ProblemCodes.SourceTitleTooLong, EntryFields.SourceTitle, MaxSourceTitleLength));
                if (!IsWebAddress(url)) problems.Add(EntryProblem.About(ProblemCodes.SourceUrlInvalid, EntryFields.SourceUrl, url));
                return new SourceChoice.New(title, url);
            case SourceChoice.None when mode == EntryMode.Submit:
                problems.Add(EntryProblem.About(ProblemCodes.SourceMissing, EntryFields.Source));
                break;
        }
        return effective;
    }

    /// <summary>The date the source gives for the value: not after today, and not before the period starts.</summary>
    public static DateOnly? Date(string? text, DateOnly? stored, DateOnly periodStartsOn, DateOnly today, EntryMode mode, List<EntryProblem> problems)
    {
        DateOnly? date = stored;
        if (text is not null)
        {
            var trimmed = text.Trim();
            date = null;
            if (trimmed.Length > 0)
            {
                if (!DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    problems.Add(EntryProblem.About(ProblemCodes.DateUnreadable, EntryFields.SourceDate, trimmed));
                    return null;
                }
                date = parsed;
            }
        }
        if (date is { } d && d > today) problems.Add(EntryProblem.About(ProblemCodes.DateFuture, EntryFields.SourceDate, d));
        else if (date is { } early && early < periodStartsOn) problems.Add(EntryProblem.About(ProblemCodes.DateBeforePeriod, EntryFields.SourceDate, early, periodStartsOn));
        else if (date is null && mode == EntryMode.Submit) problems.Add(EntryProblem.About(ProblemCodes.DateMissing, EntryFields.SourceDate));
        return date;
    }

    private static string? Text(string? given, string? stored, string field, List<EntryProblem> problems)
    {
        if (given is null) return stored;
        var text = TextSanitiser.ToPlainText(given);
        if (text.Length > MaxNarrativeLength) problems.Add(EntryProblem.About(ProblemCodes.NarrativeTooLong, field, MaxNarrativeLength));
        return text.Length == 0 ? null : text;
    }

    private static bool IsWebAddress(string url) =>
        url.Length <= MaxUrlLength && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;
}
