using Avance.Data;
using Avance.Domain;
using Avance.Features.Assessments;
using Avance.Features.Plans;
using Avance.Web;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Authoring;

internal sealed class LineOfActionLevel : StructureLevel
{
    public override string Segment => "lines-of-action";
    public override string Subject => "lineOfAction";
    public override StructureLevel? Parent => Objectives;

    public override IQueryable<int> IdsIn(AvanceDb db, int planId)
    {
        var parents = Objectives.IdsIn(db, planId);
        return db.LinesOfAction.Where(l => parents.Contains(l.ObjectiveId)).Select(l => l.Id);
    }

    public override Task<Dictionary<int, int>> VersionsAsync(AvanceDb db, int planId, CancellationToken cancellationToken)
    {
        var ids = IdsIn(db, planId);
        return db.LinesOfAction.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Version, cancellationToken);
    }

    public override async Task<StructureNode?> FindAsync(AvanceDb db, int planId, int id, CancellationToken cancellationToken)
    {
        var parents = Objectives.IdsIn(db, planId);
        return await db.LinesOfAction.AsTracking().Include(l => l.Statement)
            .SingleOrDefaultAsync(l => l.Id == id && parents.Contains(l.ObjectiveId), cancellationToken) is { } line
            ? new Node(line)
            : null;
    }

    public override async Task<List<(int Id, int Number)>> SiblingsAsync(AvanceDb db, int parentId, CancellationToken cancellationToken) =>
        [.. (await db.LinesOfAction.Where(l => l.ObjectiveId == parentId).Select(l => new { l.Id, l.Number }).ToListAsync(cancellationToken))
            .Select(l => (l.Id, l.Number))];

    public override StructureNode Add(AvanceDb db, int parentId, int number, LocalizedText text)
    {
        var line = new LineOfAction { ObjectiveId = parentId, Number = number, Statement = text };
        db.LinesOfAction.Add(line);
        return new Node(line);
    }

    public override async Task<string?> ObstacleToRemovalAsync(AvanceDb db, int id, UiText text, CancellationToken cancellationToken) =>
        StillHas(await db.Activities.CountAsync(a => a.LineOfActionId == id, cancellationToken), text);

    private sealed class Node(LineOfAction line) : StructureNode
    {
        public override IVersioned Entity => line;
        public override int Id => line.Id;
        public override int ParentId => line.ObjectiveId;
        public override int Number { get => line.Number; set => line.Number = value; }
        public override LocalizedText Text { get => line.Statement; set => line.Statement = value; }
    }
}

internal sealed class ActivityLevel : StructureLevel
{
    public override string Segment => "activities";
    public override string Subject => "activity";
    public override StructureLevel? Parent => LinesOfAction;

    public override IQueryable<int> IdsIn(AvanceDb db, int planId)
    {
        var parents = LinesOfAction.IdsIn(db, planId);
        return db.Activities.Where(a => parents.Contains(a.LineOfActionId)).Select(a => a.Id);
    }

    public override Task<Dictionary<int, int>> VersionsAsync(AvanceDb db, int planId, CancellationToken cancellationToken)
    {
        var ids = IdsIn(db, planId);
        return db.Activities.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Version, cancellationToken);
    }

    public override async Task<StructureNode?> FindAsync(AvanceDb db, int planId, int id, CancellationToken cancellationToken)
    {
        var parents = LinesOfAction.IdsIn(db, planId);
        return await db.Activities.AsTracking().Include(a => a.Statement).Include(a => a.Organisations)
            .SingleOrDefaultAsync(a => a.Id == id && parents.Contains(a.LineOfActionId), cancellationToken) is { } activity
            ? new Node(activity)
            : null;
    }

    public override async Task<List<(int Id, int Number)>> SiblingsAsync(AvanceDb db, int parentId, CancellationToken cancellationToken) =>
        [.. (await db.Activities.Where(a => a.LineOfActionId == parentId).Select(a => new { a.Id, a.Number }).ToListAsync(cancellationToken))
            .Select(a => (a.Id, a.Number))];

    public override StructureNode Add(AvanceDb db, int parentId, int number, LocalizedText text)
    {
        var activity = new Activity { LineOfActionId = parentId, Number = number, Statement = text };
        db.Activities.Add(activity);
        return new Node(activity);
    }

    /// <summary>Status reports are reported data and indicators measure the activity: either keeps it.</summary>
    public override async Task<string?> ObstacleToRemovalAsync(AvanceDb db, int id, UiText text, CancellationToken cancellationToken)
    {
        var reports = await db.ActivityStatusReports.CountAsync(r => r.ActivityId == id, cancellationToken);
        if (reports > 0) return text["Authoring_Refused_ActivityReported", reports];
        var assessments = await db.Assessments.CountAsync(a => a.Subject == AssessmentSubject.Activity && a.SubjectId == id, cancellationToken);
        if (assessments > 0) return text["Authoring_Refused_Assessed", assessments];
        var indicators = await db.Indicators.Where(i => i.ActivityId == id).OrderBy(i => i.Code).Select(i => i.Code).ToListAsync(cancellationToken);
        return indicators.Count == 0 ? null : text["Authoring_Refused_ActivityMeasured", string.Join(", ", indicators)];
    }

    private sealed class Node(Activity activity) : StructureNode
    {
        public override IVersioned Entity => activity;
        public override int Id => activity.Id;
        public override int ParentId => activity.LineOfActionId;
        public override int Number { get => activity.Number; set => activity.Number = value; }
        public override LocalizedText Text { get => activity.Statement; set => activity.Statement = value; }
        public override List<ActivityOrganisation>? Organisations => activity.Organisations;
    }
}
