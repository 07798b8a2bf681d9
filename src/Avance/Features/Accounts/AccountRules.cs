using Avance.Domain;

namespace Avance.Features.Accounts;

/// <summary>
/// Which organisation an account may be bound to: a focal point speaks for a government agency, a UN entity or another
/// public body; an observer for a civil-society organisation; administrators and coordinators for nobody in particular.
/// </summary>
public static class AccountRules
{
    public const string OrganisationRequired = "account.organisation-required";
    public const string OrganisationNotAllowed = "account.organisation-not-allowed";
    public const string OrganisationWrongKind = "account.organisation-wrong-kind";
    public const string LastAdministrator = "account.last-administrator";

    public static bool NeedsOrganisation(AccountRole role) => role is AccountRole.FocalPoint or AccountRole.Observer;

    public static bool Accepts(AccountRole role, OrganisationKind kind) => role switch
    {
        AccountRole.FocalPoint => kind is OrganisationKind.GovernmentAgency or OrganisationKind.UnEntity or OrganisationKind.Other,
        AccountRole.Observer => kind is OrganisationKind.CivilSociety,
        _ => false,
    };

    /// <summary><paramref name="organisationKind"/> is the kind of the chosen organisation, null when none is chosen.</summary>
    public static void CheckBinding(AccountRole role, OrganisationKind? organisationKind)
    {
        if (organisationKind is null)
        {
            if (NeedsOrganisation(role))
                throw new DomainRuleException(OrganisationRequired, $"A {role} account must be bound to an organisation.");
            return;
        }
        if (!NeedsOrganisation(role))
            throw new DomainRuleException(OrganisationNotAllowed, $"A {role} account is not bound to an organisation.");
        if (!Accepts(role, organisationKind.Value))
            throw new DomainRuleException(OrganisationWrongKind, $"A {role} account cannot be bound to a {organisationKind} organisation.");
    }
}
