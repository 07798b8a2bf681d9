using System.Globalization;
using Avance.Web;

namespace Avance.Features.Review;

/// <summary>The workflow's rule codes, states, recorded actions and conflicts in the reader's language.</summary>
public static class ReviewText
{
    /// <summary>A broken rule, e.g. "measurement.return-reason-missing", as a sentence.</summary>
    public static string Rule(UiText text, string code) => text["Review_Rule_" + code];

    /// <summary>A period's state or a value's status ("Submitted", "Closed").</summary>
    public static string State(UiText text, string state) => text["Review_State_" + state];

    /// <summary>
    /// A recorded action ("measurement.approve") as words. Other features record their own actions too; one this
    /// feature has no words for is shown as recorded rather than as a missing translation.
    /// </summary>
    public static string Action(UiText text, string action)
    {
        var words = text["Review_Action_" + action];
        return words.StartsWith('⟦') ? action : words;
    }

    /// <summary>"3 March 2023, 14:05 UTC": the trail records instants, shown in UTC so every reader sees the same time.</summary>
    public static string Moment(DateTimeOffset at) =>
        $"{Format.Date(DateOnly.FromDateTime(at.UtcDateTime))}, {at.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC";

    /// <summary>What happened instead of the reader's change: the other change, and where the item stands now.</summary>
    public static string Conflict(UiText text, ConflictInfo conflict) =>
        conflict.LastChange is { } change
            ? text["Review_ConflictBy", change.Actor, Action(text, change.Action), Moment(change.At), State(text, conflict.CurrentState)]
              + (change.Reason is { Length: > 0 } reason ? " " + text["Review_ConflictReason", reason] : "")
            : text["Review_ConflictUnknown", State(text, conflict.CurrentState)];

    /// <summary>"5 days left", "due today", "2 days overdue".</summary>
    public static string Deadline(UiText text, DeadlineRow deadline) => deadline.DaysLeft switch
    {
        0 => text["Review_DueToday"],
        > 0 => text["Review_DaysLeft", deadline.DaysLeft],
        _ => text["Review_DaysOverdue", -deadline.DaysLeft],
    };
}
