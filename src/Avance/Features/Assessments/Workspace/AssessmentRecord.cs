using Avance.Data;
using Avance.Features.Audit;
using Avance.Web;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Assessments.Workspace;

/// <summary>An assessment as the workspace shows it: whole (hidden text included), with its subject and its history.</summary>
public sealed record AssessmentRecord(AssessmentRow Row, SubjectRow? Subject, IReadOnlyList<AuditEntry> History)
{
    /// <summary>Null when there is no assessment with that id.</summary>
    public static async Task<AssessmentRecord?> LoadAsync(AvanceDb db, int id, CancellationToken cancellationToken)
    {
        var language = Languages.Current;
        var row = await AssessmentQueries.Rows(db, db.Assessments.Where(a => a.Id == id), language).SingleOrDefaultAsync(cancellationToken);
        if (row is null) return null;
        var subjects = await AssessmentSubjects.FindAsync(db, [(row.Subject, row.SubjectId)], language, cancellationToken);
        var history = await AuditTrail.For(db, FileAssessment.AuditItem, id).ToListAsync(cancellationToken);
        return new AssessmentRecord(row, subjects.GetValueOrDefault((row.Subject, row.SubjectId)), history);
    }

    public string Url => $"/{Languages.Current}/workspace/assessments/{Row.Id}";
}
