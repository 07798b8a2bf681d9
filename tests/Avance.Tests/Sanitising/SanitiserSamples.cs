namespace Avance.Tests.Sanitising;

/// <summary>Inputs shared by the sanitiser tests, shaped like the scraped pages Avance grew from.</summary>
internal static class SanitiserSamples
{
    public const string Lorem = "Lorem Ipsum is simply dummy text of the printing and typesetting industry.";

    public const string SafeLink =
        "https://nam10.safelinks.protection.outlook.com/ap/b-59584e83/?url=https%3A%2F%2Funwomen-my.sharepoint.com"
        + "%2F%3Ab%3A%2Fg%2Fpersonal%2Fdoc%3Fe%3DJ11A0P&amp;data=04%7C01%7Cjessi%7C&amp;reserved=0";

    public const string SafeLinkTarget = "https://unwomen-my.sharepoint.com/:b:/g/personal/doc?e=J11A0P";

    // Seed excerpts, copied from scraped pages so the tests run without the shared seed folder.

    public static TheoryData<string> SeedExcerptNames() => new(SeedExcerpts.Keys);

    public static readonly Dictionary<string, string> SeedExcerpts = new()
    {
        ["000_nap_overview"] = """
            Mexico

            Mexico adopted its first 1325 National Action Plan in 2021. The development of the NAP was spearheaded by the Ministry of Foreign Affairs, the Ministry of National Defense, the Ministry of the Navy, the Ministry of Security and Citizen Protection, and the National Institute for Women.

            The NAP is structured along the four main pillars of the Women, Peace and Security agenda: Prevention, Participation, Protection, and Relief and Recovery. This policy aligns itself with Mexico’s Feminist Foreign Policy, adopted in January 2020. 
            """,
        ["001_outcome_report"] = """
            In the framework of the ED’s visit to Mexico for the GEF, a special meeting was organized with the CSAG regarding violence against women and how to tackle the different challenges of new normality in Mexico after COVID19. <p style="margin-bottom:6.0
            Enhanced coordination, coherence and accountability of the UN system for commitments to gender equality and women´s empowerment
            UN
            """,
        ["002_outcome_page"] = """
            Outcome summary
            Mexican State advance in the promotion, protection and respect of the full exercise of women human rights to access to justice and reparation for the entire population , especially that found in contexts of greater vulnerability
            Outcome resources
            - Chart
            - Tableau
            Lorem Ipsum is simply dummy text of the printing and typesetting industry.
            Lorem Ipsum is simply dummy text of the printing and typesetting industry.
            2023 | 2022 | 2021 | 2020 | |
            """,
        ["003_results_narrative"] = """
            in Spanish and in the two most spoken indigenous languages in the state: Mixteco and Zapoteco. Traducci&oacute;n Mixteco Traducci&oacute;n Zapoteco Also, audio spots were elaborated highlighting the importance of women&rsquo;s political leadership. CO elaborated and shared with local institutions a series of recommendations to improve their response to VAWP , based on testimonies, legal dispositions, and the identified barriers that women face when denouncing VAWP. <a data-auth="Verified" data-linkindex="10" href="https://nam10.safelinks.protection.outlook.com/ap/b-59584e83/?url=https%3A%2F%2Funwomen-my.sharepoint.com%2F%3Ab%3A%2Fg%2Fpersonal%2Ffrancisco_camarena_unwomen_org%2FEeeQVm9KPNxCrQCkDblBjpIBzGdPmDktqPEL15ZCHvyzWA%3Fe%3DJ11A0P&amp;data=04%7C01%7Cjessi
            outcome XM-DAC-41146-MEX_D_2.1

            promoting the construction of a National Care System in Mexico , with an strategic 360&deg; approach. The Chamber of Deputies approved a bill to recognize the right of care and the State&rsquo;s responsibility of creating a national care system. However, the Senate&acute;s approval is pending. The Joint SDG Fund Programme &ldquo;Closing gaps: Making social protection work for women in Mexico&rdquo; implemented by ILO. Collaborations with the Domestic Workers Union, CACEH &amp; The Mexican Institute for Radio (IMER).

            many of the businesses have become the main household income. &bull; Pillar 2 promote gender equality within Danone in Mexico. Spaces such as M&aacute;s Cartagena and the WEPS; knowledge sharing products such as the brief "Rights- based and gender-sensitive supply chains".
            """,
        ["004_article"] = """
            mediators of conflicts between sister communities as they were in Ireland and Colombia.<sup>1</sup>

            Nadine Gasman, "Mujeres, indispensables en la construcción de paz", La Jornada, May 26, 2020, in <a href="https://www.jornada.com.mx/ultimas/sociedad/2020/05/26/mujeres-indispensables-en-la-construccion-de-paz-4076.html">https://www.jornada.com.mx/ultimas/sociedad/2020/05/26/mujeres-indispensables-en-la-construccion-de-paz-4076.html</a> (date of access: June 23, 2021).

            <sup>&</sup>lt;sup>5</sup> UN Women, "Peace and Security", in https://www.unwomen.org/en/what-we-do/peace-and-security (date of access: May 21, 2021).

            Sedena, Semar, SSPC, SRE & Inmujeres, "México presenta su primer Plan Nacional de Acción", Joint press release, January 11, 2021, in <a href="https://www.gob.mx/sre/prensa/gobierno-de-mexico-presenta-su-primer-plan-nacional (date of access: June 22, 2021).</p>

            <sup>&</sup>quot;Plan Nacional de Acción para el seguimiento de la resolución 1325 (2000)", in https://drive. google.com/file/d/10Ep7J-EhhNTZIa8Rl\_6tUAFzndCr-IJZ/view (date of access: June 22, 2021).
            """,
    };
}
