using Avance.Data;
using Avance.Domain;
using Avance.Features.Plans;
using Avance.Web;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Authoring;

internal sealed class PillarLevel : StructureLevel
{
    public override string Segment => "pillars";
    public override string Subject => "pillar";
    public override StructureLevel? Parent => null;

    public override IQueryable<int> IdsIn(AvanceDb db, int planId) => db.Pillars.Where(p => p.PlanId == planId).Select(p => p.Id);

    public override Task<Dictionary<int, int>> VersionsAsync(AvanceDb db, int planId, CancellationToken cancellationToken)
    {
        var ids = IdsIn(db, planId);
        return db.Pillars.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Version, cancellationToken);
    }

    public override async Task<StructureNode?> FindAsync(AvanceDb db, int planId, int id, CancellationToken cancellationToken) =>
        await db.Pillars.AsTracking().Include(p => p.Name).SingleOrDefaultAsync(p => p.Id == id && p.PlanId == planId, cancellationToken) is { } pillar
            ? new Node(pillar)
            : null;

    public override async Task<List<(int Id, int Number)>> SiblingsAsync(AvanceDb db, int parentId, CancellationToken cancellationToken) =>
        [.. (await db.Pillars.Where(p => p.PlanId == parentId).Select(p => new { p.Id, p.Number }).ToListAsync(cancellationToken)).Select(p => (p.Id, p.Number))];

    public override StructureNode Add(AvanceDb db, int parentId, int number, LocalizedText text)
    {
        var pillar = new Pillar { PlanId = parentId, Number = number, Name = text };
        db.Pillars.Add(pillar);
        return new Node(pillar);
    }

    public override async Task<string?> ObstacleToRemovalAsync(AvanceDb db, int id, UiText text, CancellationToken cancellationToken) =>
        StillHas(await db.StrategicObjectives.CountAsync(o => o.PillarId == id, cancellationToken), text);

    private sealed class Node(Pillar pillar) : StructureNode
    {
        public override IVersioned Entity => pillar;
        public override int Id => pillar.Id;
        public override int ParentId => pillar.PlanId;
        public override int Number { get => pillar.Number; set => pillar.Number = value; }
        public override LocalizedText Text { get => pillar.Name; set => pillar.Name = value; }
    }
}

internal sealed class ObjectiveLevel : StructureLevel
{
    public override string Segment => "objectives";
    public override string Subject => "objective";
    public override StructureLevel? Parent => Pillars;

    public override IQueryable<int> IdsIn(AvanceDb db, int planId)
    {
        var parents = Pillars.IdsIn(db, planId);
        return db.StrategicObjectives.Where(o => parents.Contains(o.PillarId)).Select(o => o.Id);
    }

    public override Task<Dictionary<int, int>> VersionsAsync(AvanceDb db, int planId, CancellationToken cancellationToken)
    {
        var ids = IdsIn(db, planId);
        return db.StrategicObjectives.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Version, cancellationToken);
    }

    public override async Task<StructureNode?> FindAsync(AvanceDb db, int planId, int id, CancellationToken cancellationToken)
    {
        var parents = Pillars.IdsIn(db, planId);
        return await db.StrategicObjectives.AsTracking().Include(o => o.Statement)
            .SingleOrDefaultAsync(o => o.Id == id && parents.Contains(o.PillarId), cancellationToken) is { } objective
            ? new Node(objective)
            : null;
    }

    public override async Task<List<(int Id, int Number)>> SiblingsAsync(AvanceDb db, int parentId, CancellationToken cancellationToken) =>
        [.. (await db.StrategicObjectives.Where(o => o.PillarId == parentId).Select(o => new { o.Id, o.Number }).ToListAsync(cancellationToken))
            .Select(o => (o.Id, o.Number))];

    public override StructureNode Add(AvanceDb db, int parentId, int number, LocalizedText text)
    {
        var objective = new StrategicObjective { PillarId = parentId, Number = number, Statement = text };
        db.StrategicObjectives.Add(objective);
        return new Node(objective);
    }

    public override async Task<string?> ObstacleToRemovalAsync(AvanceDb db, int id, UiText text, CancellationToken cancellationToken)
    {
        if (StillHas(await db.LinesOfAction.CountAsync(l => l.ObjectiveId == id, cancellationToken), text) is { } lines) return lines;
        var indicators = await db.Indicators.Where(i => i.ObjectiveId == id).OrderBy(i => i.Code).Select(i => i.Code).ToListAsync(cancellationToken);
        return indicators.Count == 0 ? null : text["Authoring_Refused_ObjectiveMeasured", string.Join(", ", indicators)];
    }

    private sealed class Node(StrategicObjective objective) : StructureNode
    {
        public override IVersioned Entity => objective;
        public override int Id => objective.Id;
        public override int ParentId => objective.PillarId;
        public override int Number { get => objective.Number; set => objective.Number = value; }
        public override LocalizedText Text { get => objective.Statement; set => objective.Statement = value; }
    }
}
