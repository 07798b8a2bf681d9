using System.Globalization;
using System.Text.Json;
using Avance.Data;
using Avance.Features.Indicators;
using Avance.Web;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Reporting.Entry;

/// <summary>One line of an item's history as the entry pages show it: when, who, what, which value, and the detail that matters.</summary>
public sealed record HistoryRow(DateTimeOffset At, string Actor, string Action, string Item, string? Detail, string? Reason);

/// <summary>The audit trail of the values and status reports an entry page edits, newest first.</summary>
public static class EntryHistory
{
    private const int Shown = 100;

    public static async Task<List<HistoryRow>> ForIndicator(AvanceDb db, IndicatorEntryRow indicator, UiText text, CancellationToken cancellationToken)
    {
        var labels = indicator.Combinations.Where(c => c.MeasurementId is not null)
            .ToDictionary(c => c.MeasurementId!.Value.ToString(CultureInfo.InvariantCulture), c => c.Label);
        return await Rows(db, "measurement", labels, (action, after) => Detail(text, indicator.Type, action, after), text, cancellationToken);
    }

    public static async Task<List<HistoryRow>> ForActivity(AvanceDb db, int? reportId, UiText text, CancellationToken cancellationToken)
    {
        if (reportId is not { } id) return [];
        var labels = new Dictionary<string, string> { [id.ToString(CultureInfo.InvariantCulture)] = "" };
        return await Rows(db, "activity-report", labels, (_, after) => Property(after, "status") is { } status
            ? text["Reporting_Implementation_" + status] : null, text, cancellationToken);
    }

    private static async Task<List<HistoryRow>> Rows(AvanceDb db, string itemType, Dictionary<string, string> labels,
        Func<string, JsonElement?, string?> detail, UiText text, CancellationToken cancellationToken)
    {
        if (labels.Count == 0) return [];
        var keys = labels.Keys.ToList();
        var entries = await db.AuditEntries.Where(e => e.ItemType == itemType && keys.Contains(e.ItemKey))
            .OrderByDescending(e => e.Id).Take(Shown).ToListAsync(cancellationToken);
        return [.. entries.Select(e =>
        {
            using var after = e.After is null ? null : JsonDocument.Parse(e.After);
            return new HistoryRow(e.At, e.Actor, ActionLabel(text, e.Action), labels[e.ItemKey], detail(e.Action, after?.RootElement.Clone()), e.Reason);
        })];
    }

    /// <summary>Actions this page knows are named in the page's language; any other shows its code rather than nothing.</summary>
    private static string ActionLabel(UiText text, string action)
    {
        var label = text["Reporting_Action_" + action.Replace('.', '_').Replace('-', '_')];
        return label.StartsWith('⟦') ? action : label;
    }

    private static string? Detail(UiText text, IndicatorType type, string action, JsonElement? after) => action switch
    {
        "evidence.add" => Property(after, "fileName"),
        _ when after is { } snapshot => snapshot.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Number
            ? IndicatorFormat.Value(text, type, value.GetDecimal(), null)
            : Property(after, "textValue"),
        _ => null,
    };

    private static string? Property(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
