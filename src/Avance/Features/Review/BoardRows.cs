using System.Text.Json.Serialization;

namespace Avance.Features.Review;

/// <summary>Where an item of the board stands: nothing reported yet, or the status of what was reported.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BoardState>))]
public enum BoardState { Missing, Draft, Submitted, Returned, Approved, Published }

[JsonConverter(typeof(JsonStringEnumConverter<BoardItemKind>))]
public enum BoardItemKind { Indicator, Activity }

/// <summary>How many of an item's values (an indicator has one per disaggregation slice) are in each state.</summary>
public sealed record StateCounts(int Draft, int Submitted, int Returned, int Approved, int Published)
{
    public static readonly StateCounts None = new(0, 0, 0, 0, 0);

    public int Reported => Draft + Submitted + Returned + Approved + Published;

    public int this[BoardState state] => state switch
    {
        BoardState.Draft => Draft,
        BoardState.Submitted => Submitted,
        BoardState.Returned => Returned,
        BoardState.Approved => Approved,
        BoardState.Published => Published,
        _ => Reported == 0 ? 1 : 0,
    };

    public static StateCounts operator +(StateCounts a, StateCounts b) =>
        new(a.Draft + b.Draft, a.Submitted + b.Submitted, a.Returned + b.Returned, a.Approved + b.Approved, a.Published + b.Published);
}

/// <summary>
/// One indicator or activity of the plan in a period: whose it is and how far its reporting got. "Missing" means
/// nothing at all was entered for it.
/// </summary>
public sealed record BoardRow(BoardItemKind Kind, int ItemId, string Code, string Title, int? OrganisationId, string? Organisation,
    StateCounts Counts)
{
    public bool Missing => Counts.Reported == 0;

    public bool Has(BoardState state) => Counts[state] > 0;
}

/// <summary>An organisation's totals: values in each state, and how many of its items have nothing reported.</summary>
public sealed record BoardOrganisation(int? OrganisationId, string? Organisation, StateCounts Counts, int Missing);

/// <summary>The status board of one period, limited to what the caller may see.</summary>
public sealed record Board(PeriodRow Period, DeadlineRow? Deadline, IReadOnlyList<BoardOrganisation> Organisations,
    IReadOnlyList<BoardRow> Rows, BoardState? Filter);
