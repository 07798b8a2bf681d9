using Avance.Features.Plans;
using static Avance.Data.Demo.DemoText;

namespace Avance.Data.Demo;

/// <summary>
/// NAP-1325's four pillars and ten strategic objectives as seed 000 lists them, with the two lines of action and two
/// activities it spells out under Prevention objective 3. The plan's other lines of action and activities are not in
/// the seeds, so they are not invented here.
/// </summary>
internal static class MexicoPlanStructure
{
    public static List<Pillar> Create() =>
    [
        Pillar(1, "Prevention", "Prevención",
            Objective(1,
                "Inform military and police personnel about women's role in preventing conflict and in peace processes, and raise their awareness of it.",
                "Difundir entre el personal militar y policial el papel de las mujeres en la prevención de conflictos y en los procesos de paz, y sensibilizarlo al respecto."),
            Objective(2,
                "Foster gender mainstreaming in the institutions in charge of peacekeeping and security in Mexico, above all at local level.",
                "Fomentar la transversalización de género en las instituciones encargadas del mantenimiento de la paz y la seguridad en México, sobre todo en el ámbito local."),
            PreventionObjective3()),
        Pillar(2, "Participation", "Participación",
            Objective(1,
                "Strengthen the substantive participation of uniformed women in United Nations peace operations and their training before deployment.",
                "Fortalecer la participación sustantiva de las mujeres uniformadas en las operaciones de paz de las Naciones Unidas y su capacitación previa al despliegue."),
            Objective(2,
                "Make sure uniformed women take a substantive part in peace operations.",
                "Asegurar que las mujeres uniformadas tengan una participación sustantiva en las operaciones de paz."),
            Objective(3,
                "Encourage the creation of networks of women peacebuilders.",
                "Impulsar la creación de redes de mujeres constructoras de paz."),
            Objective(4,
                "Advance a gender perspective and women's empowerment in multilateral work for international peace and security: peace processes and mediation, preventing and countering violent extremism conducive to terrorism, and disarmament, non-proliferation and arms control.",
                "Impulsar la perspectiva de género y el empoderamiento de las mujeres en los esfuerzos multilaterales por la paz y la seguridad internacionales: procesos de paz y mediación, prevención y combate del extremismo violento que puede conducir al terrorismo, y desarme, no proliferación y control de armas.")),
        Pillar(3, "Protection", "Protección",
            Objective(1,
                "Build the protection of women's and girls' human rights and gender mainstreaming into the institutions that take part in peace operations.",
                "Incorporar la protección de los derechos humanos de mujeres y niñas y la transversalización de género en las instituciones que participan en operaciones de paz."),
            Objective(2,
                "Keep promoting compliance with the United Nations zero-tolerance policy for preventing and responding to sexual exploitation and abuse.",
                "Seguir promoviendo el cumplimiento de la política de tolerancia cero de las Naciones Unidas para prevenir y atender la explotación y el abuso sexuales.")),
        Pillar(4, "Relief and Recovery", "Socorro y recuperación",
            Objective(1,
                "Support gender mainstreaming in aid and humanitarian assistance and in peacebuilding after conflict.",
                "Apoyar la transversalización de género en la ayuda y la asistencia humanitaria, así como en la consolidación de la paz después de un conflicto.")),
    ];

    private static StrategicObjective PreventionObjective3()
    {
        var objective = Objective(3,
            "Bring a gender perspective into peacebuilding and security processes throughout Mexico's territory.",
            "Incorporar la perspectiva de género en los procesos de construcción de paz y de seguridad en todo el territorio nacional.");

        var training = new LineOfAction
        {
            Number = 1,
            Statement = T(
                "Promote training for police institutions on preventing violence against women and girls, especially sexual and gender-based violence, with a gender and intercultural perspective.",
                "Promover la capacitación de las instituciones policiales en la prevención de la violencia contra mujeres y niñas, en especial la violencia sexual y de género, con perspectiva de género e intercultural."),
        };
        // Seed 000 names no responsible agencies for these activities, so none are recorded.
        training.Activities.Add(new Activity
        {
            Number = 1,
            Statement = T(
                "Design a programme of training courses and/or workshops on police work in peacebuilding and security that responds to gender and rests on women's rights.",
                "Diseñar un programa de cursos y/o talleres sobre la actuación policial en la construcción de paz y la seguridad, sensible al género y basado en los derechos de las mujeres."),
        });

        var specialisedForces = new LineOfAction
        {
            Number = 2,
            Statement = T(
                "Set up police units that specialise in preventing, investigating and prosecuting violence-against-women crimes, within the deployment of \"Women, Peace and Security\" gender missions.",
                "Crear cuerpos policiales especializados en la prevención, investigación y persecución de los delitos de violencia contra las mujeres, como parte del despliegue de misiones de género \"Mujeres, Paz y Seguridad\"."),
        };
        // Activities keep the number the seed gives them within the objective, not within their line of action.
        specialisedForces.Activities.Add(new Activity
        {
            Number = 2,
            Statement = T(
                "Train and bring together gender-responsive, intersectional police units specialised in preventing, investigating and prosecuting violence against women, so that comprehensive action protects the lives, safety and human rights of women and girls.",
                "Capacitar e integrar cuerpos policiales sensibles al género e interseccionales, especializados en prevenir, investigar y perseguir la violencia contra las mujeres, para que acciones integrales garanticen la vida, la seguridad y los derechos humanos de mujeres y niñas."),
        });

        objective.LinesOfAction.AddRange([training, specialisedForces]);
        return objective;
    }

    private static Pillar Pillar(int number, string english, string spanish, params StrategicObjective[] objectives)
    {
        var pillar = new Pillar { Number = number, Name = T(english, spanish) };
        pillar.Objectives.AddRange(objectives);
        return pillar;
    }

    private static StrategicObjective Objective(int number, string english, string spanish) =>
        new() { Number = number, Statement = T(english, spanish) };
}
