using Avance.Data;
using Avance.Domain;
using Avance.Features.Countries;
using Avance.Features.Indicators;
using Avance.Features.Plans;
using Avance.Features.Results;
using Microsoft.EntityFrameworkCore;

namespace Avance.Bench.Search;

/// <summary>
/// Adds copies of Mexico's demo plan and results framework under made-up countries ("AA", "AB" …), each copy's
/// bilingual texts varied word by word, so the database holds the demo's searchable content many times over.
/// </summary>
internal static class SyntheticCountries
{
    public static async Task AddAsync(AvanceDb db, int copies, int seed, CancellationToken cancellationToken)
    {
        var template = await Template.ReadAsync(db, cancellationToken);
        var variation = TextVariation.From(await db.TextTranslations.Select(t => new { t.Language, t.Value })
            .AsAsyncEnumerable().Select(t => (t.Language, t.Value)).ToListAsync(cancellationToken), new Random(seed));
        foreach (var code in Codes().Take(copies))
        {
            var country = new Country { Iso2 = code, Iso3 = code + "X", Name = LocalizedText.Of($"Country {code}", $"País {code}") };
            db.Countries.Add(country);
            await db.SaveChangesAsync(cancellationToken);

            var plan = CopyPlan(template.Plan, country.Id, variation);
            db.Plans.Add(plan);
            db.ResultsFrameworks.Add(CopyFramework(template.Framework, country.Id, code, variation));
            await db.SaveChangesAsync(cancellationToken);

            var objectives = plan.Pillars.SelectMany(p => p.Objectives.Select(o => (Key: (p.Number, o.Number), o.Id))).ToDictionary(x => x.Key, x => x.Id);
            db.Indicators.AddRange(template.Indicators.Select(i => new Indicator
            {
                PlanId = plan.Id,
                ObjectiveId = objectives[template.ObjectiveKeys[i.ObjectiveId]],
                Code = i.Code,
                Wording = variation.Vary(i.Wording),
                Type = i.Type,
                Direction = i.Direction,
                Periodicity = i.Periodicity,
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Two-letter codes that no real country in the demo uses: AA, AB … ZZ, skipping MX.</summary>
    private static IEnumerable<string> Codes() =>
        from first in Enumerable.Range('A', 26)
        from second in Enumerable.Range('A', 26)
        let code = $"{(char)first}{(char)second}"
        where code != "MX"
        select code;

    private static Plan CopyPlan(Plan template, int countryId, TextVariation variation)
    {
        LocalizedText? Vary(LocalizedText? text) => text is null ? null : variation.Vary(text);
        var plan = new Plan
        {
            CountryId = countryId,
            Generation = template.Generation,
            Code = template.Code,
            Title = variation.Vary(template.Title),
            Purpose = Vary(template.Purpose),
            Development = Vary(template.Development),
            Implementation = Vary(template.Implementation),
            MonitoringArrangement = Vary(template.MonitoringArrangement),
            BudgetStatement = Vary(template.BudgetStatement),
            Disarmament = Vary(template.Disarmament),
            Timeframe = new PlanTimeframe { StartYear = template.Timeframe.StartYear, ReviewAfterYears = template.Timeframe.ReviewAfterYears },
            BudgetArrangement = template.BudgetArrangement,
        };
        foreach (var pillar in template.Pillars)
        {
            var copy = new Pillar { Number = pillar.Number, Name = pillar.Name.Copy() };
            foreach (var objective in pillar.Objectives)
            {
                var objectiveCopy = new StrategicObjective { Number = objective.Number, Statement = variation.Vary(objective.Statement) };
                foreach (var line in objective.LinesOfAction)
                {
                    var lineCopy = new LineOfAction { Number = line.Number, Statement = variation.Vary(line.Statement) };
                    lineCopy.Activities.AddRange(line.Activities.Select(a => new Activity { Number = a.Number, Statement = variation.Vary(a.Statement) }));
                    objectiveCopy.LinesOfAction.Add(lineCopy);
                }
                copy.Objectives.Add(objectiveCopy);
            }
            plan.Pillars.Add(copy);
        }
        return plan;
    }

    private static ResultsFramework CopyFramework(ResultsFramework template, int countryId, string code, TextVariation variation)
    {
        var framework = new ResultsFramework
        {
            CountryId = countryId, OrganisationId = template.OrganisationId, Title = template.Title.Copy(),
            StartYear = template.StartYear, EndYear = template.EndYear,
        };
        foreach (var outcome in template.Outcomes)
        {
            var copy = new Outcome
            {
                IatiIdentifier = outcome.IatiIdentifier?.Replace("-MEX_", $"-{code}X_", StringComparison.Ordinal),
                Summary = variation.Vary(outcome.Summary),
                Status = outcome.Status,
                DisplayOrder = outcome.DisplayOrder,
            };
            copy.ProgressNotes.AddRange(outcome.ProgressNotes.Select(n => new OutcomeProgressNote
            {
                Year = n.Year, Assessment = n.Assessment, Note = variation.Vary(n.Note), SourceId = n.SourceId,
            }));
            framework.Outcomes.Add(copy);
        }
        return framework;
    }

    private static LocalizedText Copy(this LocalizedText text)
    {
        var copy = new LocalizedText();
        foreach (var translation in text.Translations) copy.Set(translation.Language, translation.Value);
        return copy;
    }

    /// <summary>Mexico's plan, indicators and results framework with all their texts, read once.</summary>
    private sealed record Template(Plan Plan, List<Indicator> Indicators, IReadOnlyDictionary<int, (int, int)> ObjectiveKeys, ResultsFramework Framework)
    {
        public static async Task<Template> ReadAsync(AvanceDb db, CancellationToken cancellationToken)
        {
            var plan = await db.Plans.AsNoTracking().AsSplitQuery()
                .Include(p => p.Title).Include(p => p.Purpose).Include(p => p.Development).Include(p => p.Implementation)
                .Include(p => p.MonitoringArrangement).Include(p => p.BudgetStatement).Include(p => p.Disarmament)
                .Include(p => p.Pillars).ThenInclude(x => x.Name)
                .Include(p => p.Pillars).ThenInclude(x => x.Objectives).ThenInclude(o => o.Statement)
                .Include(p => p.Pillars).ThenInclude(x => x.Objectives).ThenInclude(o => o.LinesOfAction).ThenInclude(l => l.Statement)
                .Include(p => p.Pillars).ThenInclude(x => x.Objectives).ThenInclude(o => o.LinesOfAction).ThenInclude(l => l.Activities).ThenInclude(a => a.Statement)
                .SingleAsync(cancellationToken);
            var indicators = await db.Indicators.AsNoTracking().Include(i => i.Wording).Where(i => i.PlanId == plan.Id).ToListAsync(cancellationToken);
            var framework = await db.ResultsFrameworks.AsNoTracking().AsSplitQuery()
                .Include(f => f.Title)
                .Include(f => f.Outcomes).ThenInclude(o => o.Summary)
                .Include(f => f.Outcomes).ThenInclude(o => o.ProgressNotes).ThenInclude(n => n.Note)
                .SingleAsync(cancellationToken);
            var objectiveKeys = plan.Pillars.SelectMany(p => p.Objectives.Select(o => (o.Id, Key: (p.Number, o.Number)))).ToDictionary(x => x.Id, x => x.Key);
            return new Template(plan, indicators, objectiveKeys, framework);
        }
    }
}
