using Avance.Domain;

namespace Avance.Features.Results;

/// <summary>A UN entity's country programme results framework (e.g. a country office's strategic note).</summary>
public sealed class ResultsFramework
{
    public int Id { get; private set; }
    public int CountryId { get; set; }
    public int OrganisationId { get; set; }
    public required LocalizedText Title { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public List<Outcome> Outcomes { get; private set; } = [];
}

public sealed class Outcome
{
    public int Id { get; private set; }
    public int FrameworkId { get; set; }
    /// <summary>
    /// The IATI activity identifier, e.g. "XM-DAC-41146-MEX_D_1.1"; unique where known. Some outcomes are
    /// published without one, and inventing an identifier would break the link to IATI.
    /// </summary>
    public string? IatiIdentifier { get; set; }
    public required LocalizedText Summary { get; set; }
    public OutcomeStatus Status { get; set; }
    public int DisplayOrder { get; set; }
    public List<Output> Outputs { get; private set; } = [];
    public List<OutcomeProgressNote> ProgressNotes { get; private set; } = [];
    public List<ResultIndicator> Indicators { get; private set; } = [];
    public List<StrategicPlanContribution> StrategicPlanContributions { get; private set; } = [];
}

public enum OutcomeStatus { NotAssessed, Achieved, PartlyAchieved, NotAchieved }

public sealed class Output
{
    public int Id { get; private set; }
    public int OutcomeId { get; set; }
    public string? IatiIdentifier { get; set; }
    public required string Code { get; set; }
    public required LocalizedText Title { get; set; }
    public OutcomeStatus Status { get; set; }
}

/// <summary>The narrative an office writes on an outcome for one year, with that year's assessment.</summary>
public sealed class OutcomeProgressNote
{
    public int Id { get; private set; }
    public int OutcomeId { get; set; }
    public required int Year { get; set; }
    public OutcomeStatus Assessment { get; set; }
    public required LocalizedText Note { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }
}

public enum StrategicPlanLevel { ImpactArea, SystemicOutcome, OrganisationalOutput }

public sealed class StrategicPlanContribution
{
    public int Id { get; private set; }
    public int OutcomeId { get; set; }
    public required StrategicPlanLevel Level { get; set; }
    public required string Code { get; set; }
    public required LocalizedText Title { get; set; }
}
