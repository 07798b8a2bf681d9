using System.Text.Json.Serialization;

namespace Avance.Features.Indicators;

[JsonConverter(typeof(JsonStringEnumConverter<DisaggregationDimension>))]
public enum DisaggregationDimension { Sex, AgeGroup, State, Municipality, Institution }
