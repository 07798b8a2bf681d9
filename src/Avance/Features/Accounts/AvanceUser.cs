using Microsoft.AspNetCore.Identity;

namespace Avance.Features.Accounts;

/// <summary>
/// A person who signs in. Each account has exactly one role; agency focal points and civil-society observers are
/// bound to the organisation they speak for, and see and change only what belongs to it.
/// </summary>
public sealed class AvanceUser : IdentityUser<int>
{
    public AccountRole Role { get; set; }
    public int? OrganisationId { get; set; }
    public string? DisplayName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<AccountRole>))]
public enum AccountRole { Administrator, Coordinator, FocalPoint, Observer }
