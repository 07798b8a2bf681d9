namespace Avance.Web.Downloads.Tables;

/// <summary>A row of one of the country's plans with the plan's code, so one plan's file and the country's read alike.</summary>
internal sealed record InPlan<TRow>(string PlanCode, TRow Row);

/// <summary>A row of one of the country's programmes with the programme's code.</summary>
internal sealed record InProgramme<TRow>(string ProgrammeCode, TRow Row);

/// <summary>A row of one of the country's outcomes with the outcome's number and IATI identifier.</summary>
internal sealed record InOutcome<TRow>(OutcomeKey Outcome, TRow Row);

/// <summary>A row of one indicator with the codes of the indicator and its plan.</summary>
internal sealed record InIndicator<TRow>(string PlanCode, string IndicatorCode, TRow Row);
