using System.Globalization;
using Avance.Features.Indicators;
using Avance.Features.Plans;

namespace Avance.Features.Authoring;

/// <summary>The indicator form as the browser posts it; targets are rows, a few of them left blank for new years.</summary>
public sealed class IndicatorForm
{
    public const int SpareTargetRows = 3;

    /// <summary>The choice fields and the interface text prefix of their options.</summary>
    public static readonly IReadOnlyDictionary<string, string> Choices = new Dictionary<string, string>
    {
        ["Type"] = "Indicators_Type_", ["Direction"] = "Indicators_Direction_", ["Periodicity"] = "Indicators_Periodicity_",
        ["Disaggregations"] = "Indicators_Dimension_",
    };

    public string? Code { get; set; }
    public BilingualText Wording { get; set; } = new();
    public string? ObjectiveId { get; set; }
    public string? ActivityId { get; set; }
    public string? Type { get; set; }
    public BilingualText Unit { get; set; } = new();
    public string? Direction { get; set; }
    public string? BaselineValue { get; set; }
    public string? BaselineYear { get; set; }
    public List<TargetRow> Targets { get; set; } = [];
    public string? Periodicity { get; set; }
    public BilingualText DataSource { get; set; } = new();
    public string? ResponsibleOrganisationId { get; set; }
    public List<string> Disaggregations { get; set; } = [];
    /// <summary>Codes separated by commas or spaces ("5.5.1, 16.7.1").</summary>
    public string? SdgIndicators { get; set; }
    public string? Resolution1325Indicators { get; set; }

    public IndicatorFields Read(FieldChecks checks) => new()
    {
        Code = Code, Wording = Wording, ObjectiveId = checks.WholeNumber("ObjectiveId", ObjectiveId),
        ActivityId = checks.WholeNumber("ActivityId", ActivityId), Type = checks.Choice<IndicatorType>("Type", Type), Unit = Unit,
        Direction = checks.Choice<IndicatorDirection>("Direction", Direction), BaselineValue = checks.Number("BaselineValue", BaselineValue),
        BaselineYear = checks.WholeNumber("BaselineYear", BaselineYear),
        Targets = [.. Targets.Select((t, row) => new TargetFields
        {
            Year = checks.WholeNumber($"Targets[{row}].Year", t.Year), Value = checks.Number($"Targets[{row}].Value", t.Value), Description = t.Description,
        })],
        Periodicity = checks.Choice<Periodicity>("Periodicity", Periodicity), DataSource = DataSource,
        ResponsibleOrganisationId = checks.WholeNumber("ResponsibleOrganisationId", ResponsibleOrganisationId),
        Disaggregations = [.. Disaggregations.Select(d => checks.Choice<DisaggregationDimension>("Disaggregations", d)).OfType<DisaggregationDimension>()],
        SdgIndicators = Codes(SdgIndicators), Resolution1325Indicators = Codes(Resolution1325Indicators),
    };

    public static IndicatorForm From(IndicatorFields fields) => new()
    {
        Code = fields.Code, Wording = fields.Wording ?? new(), ObjectiveId = Invariant(fields.ObjectiveId), ActivityId = Invariant(fields.ActivityId),
        Type = fields.Type?.ToString(), Unit = fields.Unit ?? new(), Direction = fields.Direction?.ToString(),
        BaselineValue = Invariant(fields.BaselineValue), BaselineYear = Invariant(fields.BaselineYear),
        Targets = [.. (fields.Targets ?? []).Select(t => new TargetRow
        {
            Year = Invariant(t.Year), Value = Invariant(t.Value), Description = t.Description ?? new(),
        })],
        Periodicity = fields.Periodicity?.ToString(), DataSource = fields.DataSource ?? new(),
        ResponsibleOrganisationId = Invariant(fields.ResponsibleOrganisationId),
        Disaggregations = [.. (fields.Disaggregations ?? []).Select(d => d.ToString())],
        SdgIndicators = string.Join(", ", fields.SdgIndicators ?? []), Resolution1325Indicators = string.Join(", ", fields.Resolution1325Indicators ?? []),
    };

    /// <summary>The form as shown: the targets and a few blank rows to add more.</summary>
    public IndicatorForm WithSpareRows()
    {
        var blank = Targets.Count(t => t.IsBlank);
        for (var row = blank; row < SpareTargetRows; row++) Targets.Add(new TargetRow());
        return this;
    }

    private static List<string> Codes(string? codes) =>
        [.. (codes ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string? Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Invariant(decimal? value) => PlanSnapshotReader.Normalise(value)?.ToString(CultureInfo.InvariantCulture);
}

public sealed class TargetRow
{
    public string? Year { get; set; }
    public string? Value { get; set; }
    public BilingualText Description { get; set; } = new();

    public bool IsBlank => string.IsNullOrWhiteSpace(Year) && string.IsNullOrWhiteSpace(Value) && BilingualText.IsEmpty(Description);

    /// <summary>"2025: 40 (description)", as a conflict shows the other person's targets.</summary>
    public override string ToString() =>
        IsBlank ? "" : $"{Year}: {Value}{(BilingualText.IsEmpty(Description) ? "" : $" ({Description.En ?? Description.Es})")}";
}
