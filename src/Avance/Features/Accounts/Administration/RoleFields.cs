namespace Avance.Features.Accounts.Administration;

/// <summary>What the role and organisation fields of a form show: the choice so far and the organisations to choose from.</summary>
public sealed record RoleFields(AccountRole? Role, int? OrganisationId, IReadOnlyList<OrganisationChoice> Organisations);
