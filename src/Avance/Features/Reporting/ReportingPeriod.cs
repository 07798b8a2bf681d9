using Avance.Data;
using Avance.Domain;

namespace Avance.Features.Reporting;

/// <summary>A window in which agencies report on a plan (usually a calendar year).</summary>
public sealed class ReportingPeriod : IVersioned
{
    public const int MaxLabelLength = 100;

    public ReportingPeriod(int planId, string label, DateOnly startsOn, DateOnly endsOn)
    {
        label = label.Trim();
        if (label.Length == 0) throw new DomainRuleException("period.label-missing", "A period needs a label, such as its year.");
        if (label.Length > MaxLabelLength) throw new DomainRuleException("period.label-too-long", $"A period's label is at most {MaxLabelLength} characters.");
        if (endsOn < startsOn) throw new DomainRuleException("period.ends-before-start", $"Period '{label}' ends before it starts.");
        PlanId = planId;
        Label = label;
        StartsOn = startsOn;
        EndsOn = endsOn;
        State = PeriodState.Planned;
    }

    public int Id { get; private set; }
    public int Version { get; private set; }
    public int PlanId { get; private set; }
    public string Label { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public PeriodState State { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Opens the period for reporting; a closed period can be reopened for late reports until it is published.</summary>
    public void Open(DateOnly deadline)
    {
        if (State is not (PeriodState.Planned or PeriodState.Closed))
            throw new DomainRuleException("period.cannot-open", $"Period '{Label}' is {State.ToString().ToLowerInvariant()}; only a planned or closed period can be opened.");
        if (deadline < StartsOn)
            throw new DomainRuleException("period.deadline-before-start", $"The deadline of period '{Label}' falls before the period starts.");
        Deadline = deadline;
        State = PeriodState.Open;
    }

    public void Close()
    {
        if (State is not PeriodState.Open)
            throw new DomainRuleException("period.cannot-close", $"Period '{Label}' is {State.ToString().ToLowerInvariant()}; only an open period can be closed.");
        State = PeriodState.Closed;
    }

    /// <summary>Releases a closed period; its published values become public. Publishing is final.</summary>
    public void Publish(DateTimeOffset at)
    {
        if (State is not PeriodState.Closed)
            throw new DomainRuleException("period.cannot-publish", $"Period '{Label}' is {State.ToString().ToLowerInvariant()}; only a closed period can be published.");
        State = PeriodState.Published;
        PublishedAt = at;
    }
}

public enum PeriodState { Planned, Open, Closed, Published }
