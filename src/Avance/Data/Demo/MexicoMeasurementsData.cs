using Avance.Domain;
using Avance.Features.Indicators;
using Avance.Features.Plans;
using Avance.Features.Reporting;
using Microsoft.EntityFrameworkCore;
using static Avance.Data.Demo.DemoText;

namespace Avance.Data.Demo;

/// <summary>
/// Published demo values for NAP-1325, taken from the results seeds 001 and 002 report with a sex split.
/// These three indicators are Avance's own illustration, not the plan's official ones: the seeds give no official
/// indicator values. Their data source says so on the public pages. The seeds state no targets or baselines, so
/// none are set, and no count is derived from a percentage.
/// </summary>
internal static class MexicoMeasurementsData
{
    public static async Task AddAsync(AvanceDb db, MexicoOrganisationSet organisations, DemoSourceSet sources, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.SingleAsync(p => p.Code == "NAP-1325", cancellationToken);
        var participation1 = await Objective(db, plan.Id, pillar: 2, number: 1, cancellationToken);
        var prevention2 = await Objective(db, plan.Id, pillar: 1, number: 2, cancellationToken);

        var officers = Indicator(plan.Id, participation1, "PAR-1.1", IndicatorType.Number,
            "Officers of the security institutions trained on the Women, Peace and Security agenda, including for deployment in UN peace operations",
            "Oficiales de las instituciones de seguridad capacitados en la agenda de Mujeres, Paz y Seguridad, incluso para su despliegue en operaciones de paz de la ONU",
            T("officers trained", "oficiales capacitados"));
        var womenShare = Indicator(plan.Id, participation1, "PAR-1.2", IndicatorType.Percentage,
            "Share of women among the officers trained on the Women, Peace and Security agenda",
            "Porcentaje de mujeres entre los oficiales capacitados en la agenda de Mujeres, Paz y Seguridad",
            unit: null);
        var judiciary = Indicator(plan.Id, prevention2, "PRE-2.1", IndicatorType.Number,
            "Public servants of the federal judiciary trained in the gender perspective",
            "Personas servidoras públicas del poder judicial federal capacitadas en perspectiva de género",
            T("public servants trained", "personas servidoras públicas capacitadas"));
        // Responsible agencies are part of the illustration: the seeds name the institutions whose staff were trained,
        // so each indicator goes to the plan's participating agency closest to them, giving the workflow someone to ask.
        officers.ResponsibleOrganisationId = organisations.Sedena.Id;
        womenShare.ResponsibleOrganisationId = organisations.Sedena.Id;
        judiciary.ResponsibleOrganisationId = organisations.Inmujeres.Id;
        // Both counts are meant to be reported by sex; the seeds give the women's share only as a percentage.
        officers.Disaggregations.Add(new IndicatorDisaggregation { Dimension = DisaggregationDimension.Sex });
        judiciary.Disaggregations.Add(new IndicatorDisaggregation { Dimension = DisaggregationDimension.Sex });
        db.Indicators.AddRange(officers, womenShare, judiciary);

        var year2021 = new ReportingPeriod(plan.Id, S("2021"), new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31));
        var year2022 = new ReportingPeriod(plan.Id, S("2022"), new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));
        db.ReportingPeriods.AddRange(year2021, year2022);
        await db.SaveChangesAsync(cancellationToken);

        var at = DateTimeOffset.UtcNow;
        db.Measurements.AddRange(
            Published(officers, year2021, 119, sources.OutcomeNotes, at,
                "119 high-ranking military officers, 30% of them women, were trained for deployment in UN peacekeeping operations on the Women, Peace and Security agenda, sexual violence in conflict, prevention of sexual exploitation and abuse and gender-sensitive conflict analysis. UN Women's access-to-justice outcome page reports the same figure.",
                "119 oficiales de alto rango de las fuerzas armadas, el 30 % de ellos mujeres, se capacitaron para su despliegue en operaciones de mantenimiento de la paz de la ONU en la agenda de Mujeres, Paz y Seguridad, la violencia sexual en los conflictos, la prevención de la explotación y el abuso sexuales y el análisis de conflictos sensible al género. La página del resultado de acceso a la justicia de ONU Mujeres reporta la misma cifra."),
            Published(officers, year2022, 200, sources.JusticeResources, at,
                "The source says \"over 200 officers\" (30% women) of the ministries of National Defence and the Navy and of the National Guard, trained through a series of courses and conferences; 200 is a lower bound, not an exact count.",
                "La fuente habla de \"más de 200 oficiales\" (30 % mujeres) de las secretarías de la Defensa Nacional y de Marina y de la Guardia Nacional, capacitados mediante una serie de cursos y conferencias; 200 es un mínimo, no una cifra exacta."),
            Published(womenShare, year2021, 30, sources.OutcomeNotes, at,
                "30% of the 119 high-ranking military officers trained for UN peacekeeping operations were women.",
                "El 30 % de los 119 oficiales de alto rango capacitados para operaciones de mantenimiento de la paz de la ONU eran mujeres."),
            Published(womenShare, year2022, 30, sources.JusticeResources, at,
                "30% of the more than 200 officers trained on the Women, Peace and Security agenda were women.",
                "El 30 % de los más de 200 oficiales capacitados en la agenda de Mujeres, Paz y Seguridad eran mujeres."),
            Published(judiciary, year2022, 5585, sources.JusticeResources, at,
                "5,585 public servants of the federal judiciary (56% women) strengthened their use of the gender perspective; UN Women supported the design of a 60-hour course, \"Gender as a Tool for Equality\", for judicial, public defence and administrative staff.",
                "5585 personas servidoras públicas del poder judicial federal (56 % mujeres) fortalecieron el uso de la perspectiva de género; ONU Mujeres apoyó el diseño de un curso de 60 horas, \"El género como herramienta para la igualdad\", para personal jurisdiccional, de defensoría pública y administrativo."));

        // The seeds give no reporting calendar: each period is opened with its own end as deadline and published now.
        foreach (var period in new[] { year2021, year2022 })
        {
            period.Open(period.EndsOn);
            period.Close();
            period.Publish(at);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<int> Objective(AvanceDb db, int planId, int pillar, int number, CancellationToken cancellationToken) =>
        await db.StrategicObjectives
            .Where(o => o.Number == number && db.Pillars.Any(p => p.Id == o.PillarId && p.PlanId == planId && p.Number == pillar))
            .Select(o => o.Id)
            .SingleAsync(cancellationToken);

    private static Indicator Indicator(int planId, int objectiveId, string code, IndicatorType type, string english, string spanish, LocalizedText? unit) => new()
    {
        PlanId = planId,
        ObjectiveId = objectiveId,
        Code = S(code),
        Wording = T(english, spanish),
        Type = type,
        Unit = unit,
        Direction = IndicatorDirection.Increase,
        Periodicity = Periodicity.Annual,
        DataSource = T(
            "UN Women Mexico's outcome progress notes. An illustrative indicator defined by Avance for its demo data, not one of the plan's official indicators.",
            "Notas de avance de resultados de ONU Mujeres México. Indicador ilustrativo definido por Avance para sus datos de demostración; no es un indicador oficial del plan."),
    };

    private static Measurement Published(Indicator indicator, ReportingPeriod period, decimal value, Source source, DateTimeOffset at,
        string english, string spanish)
    {
        var measurement = new Measurement(indicator.Id, period.Id, DisaggregationKey.Total);
        measurement.Record(value, null, T(english, spanish), source.Id, null, at);
        measurement.Submit();
        measurement.Approve();
        measurement.Publish();
        return measurement;
    }
}
