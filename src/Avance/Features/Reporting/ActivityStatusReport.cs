using System.Text.Json.Serialization;
using Avance.Domain;

namespace Avance.Features.Reporting;

/// <summary>How far an activity got in a reporting period, as its responsible agency reports it.</summary>
public sealed class ActivityStatusReport
{
    private const string Subject = "activity-report";

    private ActivityStatusReport() { }

    public ActivityStatusReport(int activityId, int reportingPeriodId, ImplementationStatus status, LocalizedText? narrative)
    {
        ActivityId = activityId;
        ReportingPeriodId = reportingPeriodId;
        Status = status;
        Narrative = narrative;
        ReportStatus = MeasurementStatus.Draft;
    }

    public int Id { get; private set; }
    public int ActivityId { get; private set; }
    public int ReportingPeriodId { get; private set; }
    public ImplementationStatus Status { get; private set; }
    public LocalizedText? Narrative { get; private set; }
    /// <summary>Where the report is in the same review cycle as measurements.</summary>
    public MeasurementStatus ReportStatus { get; private set; }
    public int Version { get; private set; }

    /// <summary>The agency records how far the activity got, or corrects a returned report; one under review or approved stays as it is.</summary>
    public void Record(ImplementationStatus status, LocalizedText? narrative)
    {
        if (ReportStatus is not (MeasurementStatus.Draft or MeasurementStatus.Returned))
            throw new DomainRuleException("activity-report.locked",
                $"A {ReportStatus.ToString().ToLowerInvariant()} activity report cannot be changed; only a draft or a returned one can.");
        Status = status;
        Narrative = narrative;
        Version++;
    }

    public void Submit() => Move(ReviewCycle.Submit(ReportStatus, Subject));

    /// <summary>
    /// Sends a submitted report back with a reason, and gives the reason back as kept (trimmed): a report has no column
    /// for it, so the audit trail entry of the return is where the agency reads it.
    /// </summary>
    public string Return(string? reason)
    {
        var status = ReviewCycle.Return(ReportStatus, Subject);
        var kept = ReviewCycle.RequireReason(reason, Subject, "return");
        Move(status);
        return kept;
    }

    public void Approve() => Move(ReviewCycle.Approve(ReportStatus, Subject));

    /// <summary>Makes the reported status public; the plan explorer shows published reports only.</summary>
    public void Publish() => Move(ReviewCycle.Publish(ReportStatus, Subject));

    private void Move(MeasurementStatus status)
    {
        ReportStatus = status;
        Version++;
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<ImplementationStatus>))]
public enum ImplementationStatus { NotStarted, InProgress, Completed, Delayed }
