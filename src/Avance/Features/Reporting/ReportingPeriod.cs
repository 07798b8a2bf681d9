using Avance.Domain;

namespace Avance.Features.Reporting;

/// <summary>A window in which agencies report on a plan (usually a calendar year).</summary>
public sealed class ReportingPeriod
{
    public ReportingPeriod(int planId, string label, DateOnly startsOn, DateOnly endsOn)
    {
        if (endsOn < startsOn) throw new DomainRuleException("period.ends-before-start", $"Period '{label}' ends before it starts.");
        PlanId = planId;
        Label = label;
        StartsOn = startsOn;
        EndsOn = endsOn;
        State = PeriodState.Planned;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public string Label { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public PeriodState State { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
}

public enum PeriodState { Planned, Open, Closed, Published }
