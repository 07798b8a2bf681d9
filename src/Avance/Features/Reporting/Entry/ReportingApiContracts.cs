using System.Globalization;
using System.Text.Json;
using Avance.Features.Reporting.Entry.Rules;

namespace Avance.Features.Reporting.Entry;

/// <summary>What an organisation has to report for a period: the indicators with their values and versions, and the activities.</summary>
public sealed record ReportingSheet(PeriodRow Period, IReadOnlyList<IndicatorEntryRow> Indicators, IReadOnlyList<ActivityEntryRow> Activities);

/// <summary>
/// Values for some of an indicator's combinations (the others keep theirs), and the narrative, source and date; fields
/// left out keep what is saved. Each value carries the version it was read at (null or 0 when nothing was saved).
/// </summary>
public sealed record IndicatorEntryRequest(IReadOnlyList<ValueRequest>? Values, NarrativeRequest? Narrative, int? SourceId, NewSourceRequest? NewSource,
    string? SourceDate)
{
    internal EntryInput ToInput() => new(
        [.. (Values ?? []).Select(v => v.ToInput())],
        Narrative?.En, Narrative?.Es,
        NewSource is { } created ? new SourceChoice.New(created.Title, created.Url) : SourceId is { } id ? new SourceChoice.Existing(id) : null,
        SourceDate);
}

/// <summary>
/// One combination's value: a number, "yes"/"no" (or true/false), or text; null clears it. The combination is "" for
/// the total or as the sheet lists it ("sex=female").
/// </summary>
public sealed record ValueRequest(string Combination, JsonElement Value, int? Version)
{
    internal ValueInput ToInput() => new(Combination, Value.ValueKind switch
    {
        JsonValueKind.Undefined => null,
        JsonValueKind.Null => "",
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.String => Value.GetString(),
        JsonValueKind.Number when Value.TryGetDecimal(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => Value.GetRawText(),
    }, Version);
}

public sealed record NarrativeRequest(string? En, string? Es);

public sealed record NewSourceRequest(string Title, string Url);

/// <summary>Submits what is saved; the versions, when given, must still be current.</summary>
public sealed record SubmitRequest(IReadOnlyList<VersionRequest>? Versions)
{
    internal EntryInput ToInput() => new([.. (Versions ?? []).Select(v => new ValueInput(v.Combination, null, v.Version))]);
}

public sealed record VersionRequest(string Combination, int Version);

public sealed record ActivityEntryRequest(string? Status, NarrativeRequest? Narrative, int? Version);
