using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Features.Assessments;
using Microsoft.EntityFrameworkCore;
using static Avance.Data.Demo.DemoText;

namespace Avance.Data.Demo;

/// <summary>
/// What a civil-society assessment looks like beside published figures: WILPF Mexico (the civil society the seeds
/// name) judges the 2022 judiciary training figure and the 2022 period, and the coordination answers the first.
/// Every text is made up for the demonstration and says so; none is WILPF Mexico's view or the government's answer.
/// An assessment and a reply belong to an account, so the demo brings one for each side; see <see cref="DemoAccounts"/>.
/// </summary>
internal static class MexicoAssessmentsData
{
    public static async Task AddAsync(AvanceDb db, MexicoOrganisationSet organisations, CancellationToken cancellationToken)
    {
        var observer = DemoAccounts.New("observer", "Illustrative observer of the demo data", AccountRole.Observer, organisations.WilpfMexico.Id);
        var coordinator = DemoAccounts.New("coordinator", "Illustrative coordinator of the demo data", AccountRole.Coordinator, null);
        db.Users.AddRange(observer, coordinator);
        await db.SaveChangesAsync(cancellationToken);

        var plan = await db.Plans.SingleAsync(p => p.Code == "NAP-1325", cancellationToken);
        var judiciary = await db.Indicators.Where(i => i.PlanId == plan.Id && i.Code == "PRE-2.1").Select(i => i.Id).SingleAsync(cancellationToken);
        var year2022 = await db.ReportingPeriods.Where(p => p.PlanId == plan.Id && p.Label == "2022").Select(p => p.Id).SingleAsync(cancellationToken);
        var filedAt = DateTimeOffset.UtcNow;

        var training = new Assessment
        {
            AuthorUserId = observer.Id,
            OrganisationId = organisations.WilpfMexico.Id,
            Subject = AssessmentSubject.Indicator,
            SubjectId = judiciary,
            ReportingPeriodId = year2022,
            Rating = AssessmentRating.SomeProgress,
            Language = "en",
            Narrative = S("Illustrative assessment made up for Avance's demonstration; it is not WILPF Mexico's view. "
                + "5,585 people trained in one year is a real effort, but the figure does not say whether it counts people or places on "
                + "courses, so whoever took two courses may be counted twice; nor does it say whether the training changed anything in the courts. We would like the plan "
                + "to report how many rulings apply the gender perspective, not only how many people attended a course."),
            Sources = S("Illustrative: the official figure and the source it cites."),
            FiledAt = filedAt,
        };
        var period = new Assessment
        {
            AuthorUserId = observer.Id,
            OrganisationId = organisations.WilpfMexico.Id,
            Subject = AssessmentSubject.ReportingPeriod,
            SubjectId = year2022,
            Rating = AssessmentRating.LimitedProgress,
            Language = "es",
            Narrative = S("Evaluación ilustrativa inventada para la demostración de Avance; no es la opinión de WILPF México. "
                + "Los tres valores publicados de 2022 provienen de páginas de ONU Mujeres, no de informes de las dependencias responsables, "
                + "y ninguno de esos tres indicadores tiene una meta: no hay con qué medir el avance del plan."),
            FiledAt = filedAt,
        };
        db.Assessments.AddRange(training, period);
        training.Reply(coordinator.Id,
            S("Respuesta ilustrativa inventada para la demostración de Avance; no es una respuesta del Gobierno de México. "
                + "La fuente no distingue entre personas y lugares en los cursos. A partir del próximo periodo pediremos a las dependencias que "
                + "reporten también el número de personas distintas capacitadas."),
            "es", filedAt);
        await db.SaveChangesAsync(cancellationToken);
    }
}
