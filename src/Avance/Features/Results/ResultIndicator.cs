using Avance.Domain;

namespace Avance.Features.Results;

/// <summary>An indicator of a results framework (IATI result/indicator), attached to an outcome or one of its outputs.</summary>
public sealed class ResultIndicator
{
    public int Id { get; private set; }
    public int OutcomeId { get; set; }
    public int? OutputId { get; set; }
    public required LocalizedText Title { get; set; }
    public required ResultMeasure Measure { get; set; }
    public bool Ascending { get; set; } = true;
    /// <summary>Complementary indicators give another lens on a result that other UN entities also report on.</summary>
    public bool IsComplementary { get; set; }
    public int? BaselineYear { get; set; }
    public decimal? BaselineValue { get; set; }
    public List<ResultIndicatorPeriod> Periods { get; private set; } = [];
}

/// <summary>IATI's IndicatorMeasure codelist: 1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative.</summary>
public enum ResultMeasure { Unit, Percentage, Nominal, Ordinal, Qualitative }

public sealed class ResultIndicatorPeriod
{
    public int Id { get; private set; }
    public int ResultIndicatorId { get; set; }
    public required DateOnly Start { get; set; }
    public required DateOnly End { get; set; }
    public decimal? Target { get; set; }
    public decimal? Actual { get; set; }
    public LocalizedText? Comment { get; set; }
    public int? SourceId { get; set; }
}
