using Avance.Features.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Plans;

/// <summary>How a whole plan is loaded when every text in every language is needed (snapshots, editing, copying).</summary>
public static class PlanIncludes
{
    /// <summary>Plans with every text they hold and their organisations.</summary>
    public static IQueryable<Plan> WithTexts(this IQueryable<Plan> plans) =>
        plans.Include(p => p.Title).Include(p => p.Purpose).Include(p => p.Development).Include(p => p.Implementation)
            .Include(p => p.MonitoringArrangement).Include(p => p.BudgetStatement).Include(p => p.Disarmament)
            .Include(p => p.Organisations)
            .AsSplitQuery();

    /// <summary>Pillars with their objectives, lines of action and activities, every statement, and each activity's organisations.</summary>
    public static IQueryable<Pillar> WithTree(this IQueryable<Pillar> pillars) =>
        pillars.Include(p => p.Name)
            .Include(p => p.Objectives).ThenInclude(o => o.Statement)
            .Include(p => p.Objectives).ThenInclude(o => o.LinesOfAction).ThenInclude(l => l.Statement)
            .Include(p => p.Objectives).ThenInclude(o => o.LinesOfAction).ThenInclude(l => l.Activities).ThenInclude(a => a.Statement)
            .Include(p => p.Objectives).ThenInclude(o => o.LinesOfAction).ThenInclude(l => l.Activities).ThenInclude(a => a.Organisations)
            .AsSplitQuery();

    /// <summary>Indicators with every text, target, disaggregation and global indicator link they hold.</summary>
    public static IQueryable<Indicator> WithDefinition(this IQueryable<Indicator> indicators) =>
        indicators.Include(i => i.Wording).Include(i => i.Unit).Include(i => i.DataSource)
            .Include(i => i.Targets).ThenInclude(t => t.Description)
            .Include(i => i.Disaggregations)
            .Include(i => i.FrameworkLinks).ThenInclude(l => l.GlobalIndicator)
            .AsSplitQuery();
}
