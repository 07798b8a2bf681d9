using Avance.Data;
using Avance.Features.Indicators;
using Avance.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Authoring;

/// <summary>Starting the next plan: the code it will be known by.</summary>
public sealed record NextGenerationRequest(string? Code);

/// <summary>
/// Starts a country's next plan as a draft copy of its latest one: the arrangements (purpose, implementation, monitoring,
/// budget, disarmament), the organisations, the whole tree of pillars, objectives, lines of action and activities, and
/// the indicators, each linked to the one it continues. Left out, because they belong to the earlier plan's own time or
/// history: adoption date, start and end years, budget amount, how the plan was developed, documents, and each
/// indicator's baseline and targets — the new plan's baseline is where the earlier one ended, not where it started.
/// </summary>
public static class NextGenerationCommand
{
    public static Task<AuthoringResult> RunAsync(AuthoringScope scope, int planId, NextGenerationRequest request, CancellationToken cancellationToken) =>
        scope.RunAsync(async () =>
        {
            var db = scope.Db;
            if (await db.Plans.WithTexts().SingleOrDefaultAsync(p => p.Id == planId, cancellationToken) is not { } source)
                return AuthoringResult.NotFound;
            if (await db.Plans.Where(p => p.CountryId == source.CountryId && p.Generation > source.Generation)
                    .Select(p => p.Code).FirstOrDefaultAsync(cancellationToken) is { } newer)
                return AuthoringResult.Refused(scope.Text["Authoring_Refused_NewerPlanExists", newer]);
            var checks = scope.Checks();
            checks.Code("Code", request.Code);
            var code = request.Code?.Trim() ?? "";
            if (!checks.Errors.Any && await db.Plans.AnyAsync(p => p.CountryId == source.CountryId && p.Code.ToUpper() == code.ToUpper(), cancellationToken))
                checks.Add("Code", "Authoring_Error_PlanCodeTaken", code);
            if (checks.Errors.Any) return AuthoringResult.Invalid(checks.Errors);

            var plan = CopyPlan(source, code);
            var objectives = new Dictionary<int, StrategicObjective>();
            var activities = new Dictionary<int, Activity>();
            plan.Pillars.AddRange(await CopyTreeAsync(db, planId, objectives, activities, cancellationToken));
            db.Plans.Add(plan);
            await db.SaveChangesAsync(cancellationToken);

            var indicators = await db.Indicators.Where(i => i.PlanId == planId).WithDefinition().ToListAsync(cancellationToken);
            db.Indicators.AddRange(indicators.Select(i => CopyIndicator(i, plan.Id, objectives, activities)));
            var summary = new
            {
                CopiedFrom = source.Id, plan.Code, plan.Generation, Pillars = plan.Pillars.Count, Objectives = objectives.Count,
                Activities = activities.Count, Indicators = indicators.Count,
            };
            scope.Audit("plan.next-generation", PlanCommands.ItemType, plan.Id, null, summary);
            scope.Audit("plan.continued", PlanCommands.ItemType, source.Id, null, new { NextPlan = plan.Id, plan.Code });
            await db.SaveChangesAsync(cancellationToken);
            return AuthoringResult.Saved(plan.Id);
        }, cancellationToken);

    private static Plan CopyPlan(Plan source, string code)
    {
        var plan = new Plan
        {
            CountryId = source.CountryId, Generation = source.Generation + 1, Code = code, Title = BilingualText.Copy(source.Title)!,
            Purpose = BilingualText.Copy(source.Purpose),
            Timeframe = new PlanTimeframe { ReviewAfterYears = source.Timeframe.ReviewAfterYears },
            Implementation = BilingualText.Copy(source.Implementation), CivilSocietyInImplementation = source.CivilSocietyInImplementation,
            MonitoringArrangement = BilingualText.Copy(source.MonitoringArrangement),
            BudgetArrangement = source.BudgetArrangement, BudgetCurrency = source.BudgetCurrency, BudgetStatement = BilingualText.Copy(source.BudgetStatement),
            CoversDisarmament = source.CoversDisarmament, Disarmament = BilingualText.Copy(source.Disarmament),
        };
        plan.Organisations.AddRange(source.Organisations.Select(o => new PlanOrganisation { OrganisationId = o.OrganisationId, Role = o.Role }));
        return plan;
    }

    /// <summary>The tree as new items, noting which new objective and activity stands for which old one.</summary>
    private static async Task<List<Pillar>> CopyTreeAsync(AvanceDb db, int planId, Dictionary<int, StrategicObjective> objectives,
        Dictionary<int, Activity> activities, CancellationToken cancellationToken)
    {
        var pillars = await db.Pillars.Where(p => p.PlanId == planId).WithTree().ToListAsync(cancellationToken);
        var copies = new List<Pillar>();
        foreach (var pillar in pillars)
        {
            var pillarCopy = new Pillar { Number = pillar.Number, Name = BilingualText.Copy(pillar.Name)! };
            foreach (var objective in pillar.Objectives)
            {
                var objectiveCopy = objectives[objective.Id] = new StrategicObjective { Number = objective.Number, Statement = BilingualText.Copy(objective.Statement)! };
                foreach (var line in objective.LinesOfAction)
                {
                    var lineCopy = new LineOfAction { Number = line.Number, Statement = BilingualText.Copy(line.Statement)! };
                    foreach (var activity in line.Activities)
                    {
                        var activityCopy = activities[activity.Id] = new Activity { Number = activity.Number, Statement = BilingualText.Copy(activity.Statement)! };
                        activityCopy.Organisations.AddRange(activity.Organisations.Select(o =>
                            new ActivityOrganisation { OrganisationId = o.OrganisationId, Responsibility = o.Responsibility }));
                        lineCopy.Activities.Add(activityCopy);
                    }
                    objectiveCopy.LinesOfAction.Add(lineCopy);
                }
                pillarCopy.Objectives.Add(objectiveCopy);
            }
            copies.Add(pillarCopy);
        }
        return copies;
    }

    private static Indicator CopyIndicator(Indicator source, int planId, Dictionary<int, StrategicObjective> objectives, Dictionary<int, Activity> activities)
    {
        var copy = new Indicator
        {
            PlanId = planId, ObjectiveId = objectives[source.ObjectiveId].Id,
            ActivityId = source.ActivityId is { } activity ? activities[activity].Id : null,
            Code = source.Code, Wording = BilingualText.Copy(source.Wording)!, Type = source.Type, Unit = BilingualText.Copy(source.Unit),
            Direction = source.Direction, Periodicity = source.Periodicity, DataSource = BilingualText.Copy(source.DataSource),
            ResponsibleOrganisationId = source.ResponsibleOrganisationId, PredecessorId = source.Id,
        };
        copy.Disaggregations.AddRange(source.Disaggregations.Select(d => new IndicatorDisaggregation { Dimension = d.Dimension }));
        copy.FrameworkLinks.AddRange(source.FrameworkLinks.Select(l => new IndicatorFrameworkLink { GlobalIndicatorId = l.GlobalIndicatorId }));
        return copy;
    }
}
