using Avance.Domain;
using Avance.Features.Indicators;
using Avance.Features.Plans;
using static Avance.Data.Demo.DemoText;

namespace Avance.Data.Demo;

/// <summary>Mexico's first national action plan (NAP-1325), as seeds 000 and 004 describe it.</summary>
internal static class MexicoPlanData
{
    public static async Task AddAsync(AvanceDb db, int mexicoId, MexicoOrganisationSet organisations, DemoSourceSet sources,
        CancellationToken cancellationToken)
    {
        var plan = new Plan
        {
            CountryId = mexicoId,
            Generation = 1,
            Code = S("NAP-1325"),
            Title = T(
                "National Action Plan for the follow-up of United Nations Security Council resolution 1325 (2000) on Women, Peace and Security",
                "Plan Nacional de Acción para el seguimiento de la resolución 1325 (2000) del Consejo de Seguridad de las Naciones Unidas sobre Mujeres, Paz y Seguridad"),
            Purpose = T(
                "To advance women's substantive participation as real and effective actors in preventing conflict at every level and in United Nations work to maintain, rebuild and consolidate peace (p. 4). Its main focus is women in peace operations, with training and capacity-building for a range of actors as a second focus.",
                "Impulsar la participación sustantiva de las mujeres como actoras reales y efectivas en la prevención de conflictos en todos los niveles y en la labor de las Naciones Unidas para mantener, reconstruir y consolidar la paz (p. 4). El plan se centra sobre todo en las mujeres en operaciones de paz, y también en la formación y el fortalecimiento de capacidades de distintos actores."),
            AdoptedOn = new DateOnly(2021, 1, 11),
            // The plan is not time-bound; its structure and scope are to be reviewed after three years.
            Timeframe = new PlanTimeframe { StartYear = 2021, EndYear = null, ReviewAfterYears = 3 },
            Development = T(
                "SRE, SEDENA, SEMAR, SSPC and INMUJERES announced the plan together. Their press release says it was drawn up with help from UN Women's Mexico office and grew out of the work of the Working Group for Peace Operations (GT-OMP). Civil society is not mentioned in connection with drafting the plan, and WILPF Mexico is not listed among those involved.",
                "La SRE, la SEDENA, la SEMAR, la SSPC y el INMUJERES anunciaron el plan de manera conjunta. Según su comunicado, se elaboró con el apoyo de la oficina de ONU Mujeres en México y es fruto del trabajo del Grupo de Trabajo sobre Operaciones de Mantenimiento de la Paz (GT-OMP). No se menciona a la sociedad civil en relación con la elaboración del plan, y WILPF México no figura entre quienes participaron."),
            // "Not stated" rather than "no": the profile finds no mention of civil society, which is not a denial.
            CivilSocietyInDevelopment = Involvement.NotStated,
            Implementation = T(
                "An inter-agency group is in charge of implementing the plan (p. 9). It relies on the Working Group on Peacekeeping Operations and brings together representatives of the ministries of Foreign Affairs, National Defence, the Navy and Security and Citizen Protection, INMUJERES and other relevant agencies. The plan says it will promote the active involvement of international organisations, academia, civil society and other actors (p. 5), but civil-society organisations are not members of the group and only one objective refers to meetings with them.",
                "La ejecución del plan corresponde a un grupo interinstitucional (p. 9), que se apoya en el Grupo de Trabajo sobre Operaciones de Mantenimiento de la Paz y reúne a representantes de las secretarías de Relaciones Exteriores, Defensa Nacional, Marina y Seguridad y Protección Ciudadana, del INMUJERES y de otras dependencias pertinentes. El plan afirma que fomentará la participación activa de organismos internacionales, la academia, la sociedad civil y otros actores (p. 5), pero las organizaciones de la sociedad civil no forman parte del grupo y solo un objetivo alude a reuniones con ellas."),
            CivilSocietyInImplementation = Involvement.Partly,
            MonitoringArrangement = T(
                "An Inter-Secretariat Working Group monitors and evaluates the plan (p. 9). It plans activities, gathers the information needed for monitoring, prepares an annual report on the plan, follows up on progress, and reviews and updates the plan and its indicators. It also has to reach out to other actors, such as civil society and academia.",
                "Un Grupo de Trabajo Intersecretarial da seguimiento al plan y lo evalúa (p. 9). Planifica las actividades, reúne la información necesaria para el seguimiento, elabora un informe anual sobre el plan, vigila los avances y revisa y actualiza el plan y sus indicadores. También le corresponde relacionarse con otros actores, entre ellos la sociedad civil y la academia."),
            BudgetArrangement = BudgetArrangement.AgenciesOwnResources,
            BudgetStatement = T(
                "The plan gives no budget figure. Its financing section (p. 10) has each coordinating institution carry out its NAP-1325 activities using its own staff and funds, so each must set aside the funds those activities need in its annual budget, in line with the plan's objectives. The same section notes that international cooperation and exchange could also play a part.",
                "El plan no fija una cifra de presupuesto. Su apartado de financiamiento (p. 10) dispone que cada institución coordinadora realice las actividades del PNA-1325 con sus propios recursos humanos y financieros, por lo que debe programar en su presupuesto anual los fondos que estas requieran, conforme a los objetivos del plan. El mismo apartado señala que la cooperación y el intercambio internacionales también pueden contribuir."),
            CoversDisarmament = true,
            Disarmament = T(
                "Disarmament and arms control are among the focus areas set out in the plan's purpose and structure (pp. 4-5), mostly under the participation pillar. Participation objective 4 explicitly calls for a gender perspective and women's empowerment in multilateral peace and security efforts, disarmament, non-proliferation and arms control included, and it has matching indicators and activities.",
                "El desarme y el control de armas figuran entre las áreas de atención del propósito y la estructura del plan (pp. 4-5), sobre todo en el pilar de participación. El objetivo 4 de participación pide expresamente incorporar la perspectiva de género y el empoderamiento de las mujeres en los esfuerzos multilaterales de paz y seguridad, incluidos el desarme, la no proliferación y el control de armas, y cuenta con indicadores y actividades correspondientes."),
        };

        plan.Organisations.AddRange(
        [
            new PlanOrganisation { OrganisationId = organisations.Sre.Id, Role = PlanRole.Lead },
            new PlanOrganisation { OrganisationId = organisations.Sedena.Id, Role = PlanRole.Participating },
            new PlanOrganisation { OrganisationId = organisations.Semar.Id, Role = PlanRole.Participating },
            new PlanOrganisation { OrganisationId = organisations.Sspc.Id, Role = PlanRole.Participating },
            new PlanOrganisation { OrganisationId = organisations.Inmujeres.Id, Role = PlanRole.Participating },
            new PlanOrganisation { OrganisationId = organisations.UnWomen.Id, Role = PlanRole.Supporting },
        ]);
        plan.Documents.AddRange(
        [
            new PlanDocument { SourceId = sources.PlanSpanish.Id, Kind = PlanDocumentKind.PlanText },
            new PlanDocument { SourceId = sources.PlanEnglish.Id, Kind = PlanDocumentKind.PlanText },
            new PlanDocument { SourceId = sources.WiisAssessment.Id, Kind = PlanDocumentKind.Assessment },
        ]);
        plan.Pillars.AddRange(MexicoPlanStructure.Create());

        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);

        var participation4 = plan.Pillars.Single(p => p.Number == 2).Objectives.Single(o => o.Number == 4);
        db.Indicators.Add(ForumsIndicator(plan.Id, participation4.Id));
        await db.SaveChangesAsync(cancellationToken);
    }

    // Seed 000 quotes this indicator of Participation objective 4 but gives it no code, responsible agency,
    // baseline or targets; "PAR-4.1" is Avance's own code and the rest stays empty rather than invented.
    private static Indicator ForumsIndicator(int planId, int objectiveId)
    {
        var indicator = new Indicator
        {
            PlanId = planId,
            ObjectiveId = objectiveId,
            Code = S("PAR-4.1"),
            Wording = T(
                "Number of multilateral forums and meetings attended by women officials, experts or civil-society representatives",
                "Número de foros y reuniones multilaterales a los que asisten mujeres funcionarias, expertas o representantes de la sociedad civil"),
            Type = IndicatorType.Number,
            Unit = T("forums and meetings", "foros y reuniones"),
            Direction = IndicatorDirection.Increase,
            Periodicity = Periodicity.Annual,
        };
        indicator.Disaggregations.Add(new IndicatorDisaggregation { Dimension = DisaggregationDimension.Institution });
        return indicator;
    }
}
