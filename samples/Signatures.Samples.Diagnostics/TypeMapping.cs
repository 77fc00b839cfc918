using System;
using System.Collections.Generic;
using Signatures;

namespace Signatures.Samples.Diagnostics;

public enum Currency { Eur, Usd }

public record Line(string Sku, decimal Amount);

[ModelInput]
public partial record Order(
    ulong Id,                                                   // SIG0101: values above long.MaxValue do not fit
    decimal? Price,                                             // SIG0101: rounded to double precision
    DateTimeOffset PlacedAt,                                    // SIG0101: the UTC offset is dropped
    List<Line> Lines,                                           // SIG0101 at Lines[].Amount
    [property: Column(Type = DataType.Integer)] long Quantity,  // SIG0102: integer cannot hold every long
    Currency Currency,                                          // SIG0103: enums have no MLflow type
    int? Age,                                                   // SIG0105: MLflow advises double for nullable integers
    [property: Column("")] string Note);                        // SIG0106: an empty name is not a name

// SIG0104: both members become "user_id" in snake_case.
[ModelInput(Naming = ColumnNaming.SnakeCase)]
public partial record Users(long UserId, long User_Id);

// SIG0107: a schema holds columns or tensors, not both.
[ModelInput]
public partial record CaptionedImage(string Caption, [property: Tensor(-1, 28, 28)] byte[,,] Image);

// SIG0108: Type = ... applies to scalars only.
public record Address(string City);

[ModelOutput]
public partial record Customer([property: Column(Type = DataType.String)] Address Home);
