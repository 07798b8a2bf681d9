using System.Text.Json.Serialization;
using Avance.Features.Reporting;

namespace Avance.Features.Review;

/// <summary>A reporting period as the workspace lists it, with the plan it belongs to.</summary>
public sealed record PeriodRow(
    int Id,
    int PlanId,
    /// <summary>The plan's country in lower case, as public addresses spell it ("mx").</summary>
    string CountryIso2,
    string PlanCode,
    string PlanTitle,
    string Label,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateOnly? Deadline,
    [property: JsonConverter(typeof(JsonStringEnumConverter<PeriodState>))] PeriodState State,
    DateTimeOffset? PublishedAt,
    int Version);

/// <summary>How long an open period's agencies still have: negative days mean the deadline has passed.</summary>
public sealed record DeadlineRow(DateOnly Deadline, int DaysLeft)
{
    public bool Overdue => DaysLeft < 0;

    /// <summary>The day deadlines are counted from: today in UTC, the same for every reader and server.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static DeadlineRow? Of(PeriodRow period, DateOnly today) =>
        period is { State: PeriodState.Open, Deadline: { } deadline } ? new DeadlineRow(deadline, deadline.DayNumber - today.DayNumber) : null;
}

/// <summary>A plan a period can be created for.</summary>
public sealed record PlanOption(int Id, string Code, string Title);

/// <summary>One period with its recorded history, as its page and the API show it.</summary>
public sealed record PeriodDetail(PeriodRow Period, DeadlineRow? Deadline, IReadOnlyList<HistoryRow> History);
