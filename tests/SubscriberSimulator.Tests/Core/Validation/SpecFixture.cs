namespace SubscriberSimulator.Tests.Core.Validation;

/// <summary>A small OpenAPI 3.0.3 document using every keyword the provider specs rely on.</summary>
internal static class SpecFixture
{
    public const string Json = """
    {
      "openapi": "3.0.3",
      "info": { "title": "fixture", "version": "1" },
      "paths": {
        "/subscribers": {
          "parameters": [
            { "name": "tenant", "in": "header", "schema": { "type": "string" } }
          ],
          "post": {
            "operationId": "createSubscriber",
            "parameters": [
              { "name": "limit", "in": "query", "required": true, "schema": { "type": "integer", "format": "int32", "minimum": 1, "maximum": 100 } },
              { "name": "tags", "in": "query", "explode": false, "schema": { "type": "array", "items": { "type": "string", "enum": ["a", "b"] } } },
              { "$ref": "#/components/parameters/Verbose" }
            ],
            "requestBody": {
              "required": true,
              "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Subscriber" } } }
            },
            "responses": { "200": { "description": "ok" } }
          },
          "get": {
            "operationId": "listSubscribers",
            "responses": { "200": { "description": "ok" } }
          }
        },
        "/bulk": {
          "post": {
            "operationId": "bulk",
            "requestBody": { "$ref": "#/components/requestBodies/Bulk" },
            "responses": { "200": { "description": "ok" } }
          }
        },
        "/contact": {
          "post": {
            "operationId": "contact",
            "requestBody": {
              "content": { "application/json": { "schema": { "oneOf": [
                { "type": "object", "required": ["email"], "additionalProperties": false, "properties": { "email": { "type": "string", "format": "email" } } },
                { "type": "object", "required": ["phone"], "additionalProperties": false, "properties": { "phone": { "type": "string", "pattern": "^\\+[1-9][0-9]{6,14}$" } } }
              ] } } }
            },
            "responses": { "200": { "description": "ok" } }
          }
        }
      },
      "components": {
        "parameters": {
          "Verbose": { "name": "verbose", "in": "query", "schema": { "type": "boolean" } }
        },
        "requestBodies": {
          "Bulk": {
            "required": true,
            "content": { "application/json": { "schema": {
              "type": "object",
              "required": ["records"],
              "properties": {
                "records": { "type": "array", "minItems": 1, "maxItems": 3, "items": { "$ref": "#/components/schemas/Subscriber" } }
              }
            } } }
          }
        },
        "schemas": {
          "Base": {
            "type": "object",
            "properties": {
              "createdAt": { "type": "string", "format": "date-time" },
              "birthday": { "type": "string", "format": "date", "nullable": true }
            }
          },
          "Subscriber": {
            "allOf": [
              { "$ref": "#/components/schemas/Base" },
              {
                "type": "object",
                "required": ["email", "status"],
                "properties": {
                  "email": { "type": "string", "format": "email", "maxLength": 30 },
                  "name": { "type": "string", "minLength": 2 },
                  "status": { "type": "string", "enum": ["active", "unsubscribed"] },
                  "age": { "type": "integer", "minimum": 0, "exclusiveMaximum": true, "maximum": 150 },
                  "score": { "type": "number", "format": "double" },
                  "count": { "type": "integer", "format": "int64" },
                  "attributes": { "type": "object", "maxProperties": 2, "additionalProperties": { "type": "string" } },
                  "address": { "type": "object", "additionalProperties": false, "properties": { "city": { "type": "string" } } },
                  "parent": { "$ref": "#/components/schemas/Subscriber" }
                }
              }
            ]
          }
        }
      }
    }
    """;
}
