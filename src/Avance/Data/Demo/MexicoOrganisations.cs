using Avance.Domain;
using Avance.Features.Organisations;
using static Avance.Data.Demo.DemoText;

namespace Avance.Data.Demo;

internal sealed record MexicoOrganisationSet(
    Organisation Sre,
    Organisation Sedena,
    Organisation Semar,
    Organisation Sspc,
    Organisation Inmujeres,
    Organisation Sesnsp,
    Organisation UnWomen,
    Organisation GovernmentOfMexico,
    Organisation MptfOffice,
    Organisation WilpfMexico);

/// <summary>The agencies, UN entities, funding partners and civil society the seeds name.</summary>
internal static class MexicoOrganisations
{
    public static async Task<MexicoOrganisationSet> AddAsync(AvanceDb db, int mexicoId, CancellationToken cancellationToken)
    {
        var set = new MexicoOrganisationSet(
            Sre: Agency(mexicoId, "Ministry of Foreign Affairs", "Secretaría de Relaciones Exteriores", "SRE"),
            Sedena: Agency(mexicoId, "Ministry of National Defence", "Secretaría de la Defensa Nacional", "SEDENA"),
            Semar: Agency(mexicoId, "Ministry of the Navy", "Secretaría de Marina", "SEMAR"),
            Sspc: Agency(mexicoId, "Ministry of Security and Citizen Protection", "Secretaría de Seguridad y Protección Ciudadana", "SSPC"),
            Inmujeres: Agency(mexicoId, "National Institute for Women", "Instituto Nacional de las Mujeres", "INMUJERES"),
            Sesnsp: Agency(mexicoId, "Executive Secretariat of the National Public Security System",
                "Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública", "SESNSP"),
            UnWomen: new Organisation
            {
                Name = T("United Nations Entity for Gender Equality and the Empowerment of Women",
                    "Entidad de las Naciones Unidas para la Igualdad de Género y el Empoderamiento de las Mujeres"),
                Acronym = T("UN Women", "ONU Mujeres"),
                Kind = OrganisationKind.UnEntity,
                IatiIdentifier = S("XM-DAC-41146"),
            },
            GovernmentOfMexico: new Organisation
            {
                Name = T("Government of Mexico", "Gobierno de México"),
                Kind = OrganisationKind.Donor,
                CountryId = mexicoId,
            },
            // Seed 002 describes the office as a United Nations pooled fund, so it counts as a UN entity, not a donor.
            MptfOffice: new Organisation
            {
                Name = T("United Nations Multi-Partner Trust Fund Office",
                    "Oficina del Fondo Fiduciario de Asociados Múltiples de las Naciones Unidas"),
                Kind = OrganisationKind.UnEntity,
            },
            WilpfMexico: new Organisation
            {
                Name = T("Women's International League for Peace and Freedom — Mexico",
                    "Liga Internacional de Mujeres por la Paz y la Libertad — México"),
                Acronym = T("WILPF Mexico", "WILPF México"),
                Kind = OrganisationKind.CivilSociety,
                CountryId = mexicoId,
            });

        db.Organisations.AddRange(set.Sre, set.Sedena, set.Semar, set.Sspc, set.Inmujeres, set.Sesnsp,
            set.UnWomen, set.GovernmentOfMexico, set.MptfOffice, set.WilpfMexico);
        await db.SaveChangesAsync(cancellationToken);
        return set;
    }

    // The seeds use the Spanish acronyms in English text too, so both languages share them.
    private static Organisation Agency(int mexicoId, string english, string spanish, string acronym) => new()
    {
        Name = T(english, spanish),
        Acronym = T(acronym, acronym),
        Kind = OrganisationKind.GovernmentAgency,
        CountryId = mexicoId,
    };
}
