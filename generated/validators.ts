// @ts-nocheck
// This file is generated from openapi/container-station.yaml by `npm run generate` (openapi/validators.ts).
// Never edit it by hand.
import { fullFormats } from 'ajv-formats/dist/formats.js';

export const v0 = validate20;
const schema31 = {"$ref":"spec#/components/responses/ConnectError/content/application~1json/schema"};
const schema33 = {"type":"object","description":"Container Station's error envelope. `code` is 400 for every engine error; `message` is a docker-py APIError\nstring that embeds the engine's own status, e.g. `409 Client Error: Conflict (\"…\")` or\n`409 Client Error for http+docker://localhost/v1.41/networks/create: Conflict (\"…\")`.\n","required":["error"],"properties":{"error":{"type":"object","required":["code","message"],"properties":{"code":{"type":"integer","description":"400 for every engine error in the documented captures, whatever the engine returned; it need not equal the HTTP status."},"message":{"type":"string","description":"A docker-py APIError string for engine errors: `NNN Client|Server Error[ for <url>]: <reason>[ (\"<explanation>\")]`, matched by `^(\\d{3}) (Client|Server) Error(?: for (\\S+))?: (.+?)(?: \\(\"([\\s\\S]*)\"\\))?$`. The explanation is inserted unescaped (it may contain `\"`); the ` (\"…\")` part is absent when the engine gave none.","x-cs-quirks":[{"id":"error-envelope-wraps-engine-status","summary":"The engine's status survives only inside the message, in one of two docker-py formats."},{"id":"explanation-unescaped","summary":"The explanation is not escaped, e.g. (\"plugin \"nosuchdriver\" not found\")."}]}}}}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"spec#/components/responses/ConnectError/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
let data0 = data.error;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.code === undefined){
const err1 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/ConnectError/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/ConnectError/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.code !== undefined){
let data1 = data0.code;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"spec#/components/responses/ConnectError/content/application~1json/schema/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.message !== undefined){
if(typeof data0.message !== "string"){
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"spec#/components/responses/ConnectError/content/application~1json/schema/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/ConnectError/content/application~1json/schema/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"spec#/components/responses/ConnectError/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

export const v1 = validate22;
const schema34 = {"$ref":"spec#/components/responses/DisconnectError/content/application~1json/schema"};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"spec#/components/responses/DisconnectError/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
let data0 = data.error;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.code === undefined){
const err1 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/DisconnectError/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/DisconnectError/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.code !== undefined){
let data1 = data0.code;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"spec#/components/responses/DisconnectError/content/application~1json/schema/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.message !== undefined){
if(typeof data0.message !== "string"){
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"spec#/components/responses/DisconnectError/content/application~1json/schema/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/DisconnectError/content/application~1json/schema/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"spec#/components/responses/DisconnectError/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

export const v2 = validate23;
const schema36 = {"$ref":"spec#/components/responses/InspectError/content/application~1json/schema"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"spec#/components/responses/InspectError/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
let data0 = data.error;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.code === undefined){
const err1 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/InspectError/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/InspectError/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.code !== undefined){
let data1 = data0.code;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"spec#/components/responses/InspectError/content/application~1json/schema/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.message !== undefined){
if(typeof data0.message !== "string"){
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"spec#/components/responses/InspectError/content/application~1json/schema/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/InspectError/content/application~1json/schema/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"spec#/components/responses/InspectError/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

export const v3 = validate24;
const schema38 = {"$ref":"spec#/components/responses/LoginError/content/application~1json/schema"};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"spec#/components/responses/LoginError/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
let data0 = data.error;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.code === undefined){
const err1 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/LoginError/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/LoginError/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.code !== undefined){
let data1 = data0.code;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"spec#/components/responses/LoginError/content/application~1json/schema/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.message !== undefined){
if(typeof data0.message !== "string"){
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"spec#/components/responses/LoginError/content/application~1json/schema/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/LoginError/content/application~1json/schema/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"spec#/components/responses/LoginError/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

export const v4 = validate25;
const schema40 = {"$ref":"spec#/components/responses/NoSessionError/content/application~1json/schema"};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"spec#/components/responses/NoSessionError/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
let data0 = data.error;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.code === undefined){
const err1 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/NoSessionError/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/NoSessionError/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.code !== undefined){
let data1 = data0.code;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"spec#/components/responses/NoSessionError/content/application~1json/schema/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.message !== undefined){
if(typeof data0.message !== "string"){
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"spec#/components/responses/NoSessionError/content/application~1json/schema/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/NoSessionError/content/application~1json/schema/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"spec#/components/responses/NoSessionError/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

export const v5 = validate26;
const schema42 = {"$ref":"spec#/components/responses/RemoveError/content/application~1json/schema"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"spec#/components/responses/RemoveError/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
let data0 = data.error;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.code === undefined){
const err1 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/RemoveError/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/RemoveError/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.code !== undefined){
let data1 = data0.code;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"spec#/components/responses/RemoveError/content/application~1json/schema/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.message !== undefined){
if(typeof data0.message !== "string"){
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"spec#/components/responses/RemoveError/content/application~1json/schema/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/RemoveError/content/application~1json/schema/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"spec#/components/responses/RemoveError/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

export const v6 = validate27;
const schema44 = {"$ref":"spec#/components/schemas/ConnectRequest"};
const schema45 = {"type":"object","description":"The page does not mark `container` required (only create's `name` is). That a connect without it fails is inferred from the engine, which answers \"No such container\" for an empty one.","properties":{"container":{"type":"string","description":"The container-id/name to be connected to the network.","x-cs-quirks":[{"id":"container-required-inferred","summary":"The page marks no field of connect or disconnect required; without container the engine answers \"No such container\"."}]}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.container !== undefined){
if(typeof data.container !== "string"){
const err0 = {instancePath:instancePath+"/container",schemaPath:"spec#/components/schemas/ConnectRequest/properties/container/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"spec#/components/schemas/ConnectRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"container":true},"dynamicProps":false,"dynamicItems":false};

export const v7 = validate28;
const schema46 = {"$ref":"spec#/components/schemas/CreateNetworkRequest"};
const schema47 = {"type":"object","required":["name"],"properties":{"name":{"type":"string","description":"The new network's name; mandatory. The engine does not validate names beyond refusing an empty one."},"check_duplicate":{"type":"boolean","description":"Requests the daemon to check for networks with the same name. Without it the 20.10 engine creates a duplicate and answers a Warning.","x-cs-quirks":[{"id":"duplicate-allowed-without-check","summary":"Omitted or false, the 20.10 engine creates a duplicate and answers a Warning."}]},"driver":{"type":"string","description":"The network driver; defaults to `bridge`."},"internal":{"type":["boolean","string"],"description":"Restrict external access. Documented as a string; the engine takes a boolean.","x-cs-quirks":[{"id":"internal-documented-as-string","summary":"Documented as a string; the engine takes a boolean."}]},"ipam":{"$ref":"#/components/schemas/IPAMRequest","description":"Optional custom IP scheme for the network (Docker's IPAM object, Docker's key casing)."},"enableIPv6":{"type":"boolean","description":"Enable IPv6 — documented as \"currently not supported\".","x-cs-quirks":[{"id":"enable-ipv6-not-supported","summary":"Documented as currently not supported."}]},"options":{"type":"object","description":"Network-specific options for the driver. **Never** set `com.docker.network.bridge.name` to the default bridge's name (`docker0`, `lxcbr0` on QNAP) or any bridge in use: the engine accepts it and corrupts the default bridge network.","additionalProperties":{"type":"string"},"x-cs-quirks":[{"id":"bridge-name-hazard","summary":"com.docker.network.bridge.name equal to the default bridge's name is accepted and corrupts the default bridge network; a wrapper should refuse it, a suite must never send it to a real target."}]},"labels":{"type":"object","description":"Labels as a map — documented as \"currently not supported\".","additionalProperties":{"type":"string"},"x-cs-quirks":[{"id":"labels-not-supported","summary":"Documented as currently not supported."}]}}};
const schema48 = {"type":"object","description":"The IPAM object a create request may send, in Docker's key casing. Every key is optional: the page documents `ipam` only as \"Optional custom IP scheme for the network\".","properties":{"Driver":{"type":"string","description":"The IPAM driver; empty or absent means `default`."},"Config":{"type":["array","null"],"description":"Address pools.","items":{"$ref":"#/components/schemas/IPAMConfig"}},"Options":{"type":["object","null"],"description":"Driver-specific options.","additionalProperties":{"type":"string"}}}};
const schema49 = {"type":"object","description":"One address pool.","properties":{"Subnet":{"type":"string"},"IPRange":{"type":"string","x-cs-evidence":"engine: echoed as sent (engine reference §3 #23); the page shows none"},"Gateway":{"type":"string"},"AuxiliaryAddresses":{"type":"object","x-cs-evidence":"engine: echoed as sent (engine reference §3 #35); the page shows none","additionalProperties":{"type":"string"}}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Driver !== undefined){
if(typeof data.Driver !== "string"){
const err0 = {instancePath:instancePath+"/Driver",schemaPath:"#/properties/Driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Config !== undefined){
let data1 = data.Config;
if((!(Array.isArray(data1))) && (data1 !== null)){
const err1 = {instancePath:instancePath+"/Config",schemaPath:"#/properties/Config/type",keyword:"type",params:{type: schema48.properties.Config.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.Subnet !== undefined){
if(typeof data2.Subnet !== "string"){
const err2 = {instancePath:instancePath+"/Config/" + i0+"/Subnet",schemaPath:"#/components/schemas/IPAMConfig/properties/Subnet/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data2.IPRange !== undefined){
if(typeof data2.IPRange !== "string"){
const err3 = {instancePath:instancePath+"/Config/" + i0+"/IPRange",schemaPath:"#/components/schemas/IPAMConfig/properties/IPRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data2.Gateway !== undefined){
if(typeof data2.Gateway !== "string"){
const err4 = {instancePath:instancePath+"/Config/" + i0+"/Gateway",schemaPath:"#/components/schemas/IPAMConfig/properties/Gateway/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.AuxiliaryAddresses !== undefined){
let data6 = data2.AuxiliaryAddresses;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
if(typeof data6[key0] !== "string"){
const err5 = {instancePath:instancePath+"/Config/" + i0+"/AuxiliaryAddresses/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/IPAMConfig/properties/AuxiliaryAddresses/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/Config/" + i0+"/AuxiliaryAddresses",schemaPath:"#/components/schemas/IPAMConfig/properties/AuxiliaryAddresses/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/Config/" + i0,schemaPath:"#/components/schemas/IPAMConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
if(data.Options !== undefined){
let data8 = data.Options;
if((!(data8 && typeof data8 == "object" && !Array.isArray(data8))) && (data8 !== null)){
const err8 = {instancePath:instancePath+"/Options",schemaPath:"#/properties/Options/type",keyword:"type",params:{type: schema48.properties.Options.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
if(typeof data8[key1] !== "string"){
const err9 = {instancePath:instancePath+"/Options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Options/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"Driver":true,"Config":true,"Options":true},"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.check_duplicate !== undefined){
if(typeof data.check_duplicate !== "boolean"){
const err2 = {instancePath:instancePath+"/check_duplicate",schemaPath:"#/properties/check_duplicate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.driver !== undefined){
if(typeof data.driver !== "string"){
const err3 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.internal !== undefined){
let data3 = data.internal;
if((typeof data3 !== "boolean") && (typeof data3 !== "string")){
const err4 = {instancePath:instancePath+"/internal",schemaPath:"#/properties/internal/type",keyword:"type",params:{type: schema47.properties.internal.type},message:"must be boolean,string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.ipam !== undefined){
if(!(validate30(data.ipam, {instancePath:instancePath+"/ipam",parentData:data,parentDataProperty:"ipam",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.enableIPv6 !== undefined){
if(typeof data.enableIPv6 !== "boolean"){
const err5 = {instancePath:instancePath+"/enableIPv6",schemaPath:"#/properties/enableIPv6/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.options !== undefined){
let data6 = data.options;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
if(typeof data6[key0] !== "string"){
const err6 = {instancePath:instancePath+"/options/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/options/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.labels !== undefined){
let data8 = data.labels;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
if(typeof data8[key1] !== "string"){
const err8 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"name":true,"check_duplicate":true,"driver":true,"internal":true,"ipam":true,"enableIPv6":true,"options":true,"labels":true},"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"name":true,"check_duplicate":true,"driver":true,"internal":true,"ipam":true,"enableIPv6":true,"options":true,"labels":true},"dynamicProps":false,"dynamicItems":false};

export const v8 = validate33;
const schema50 = {"$ref":"spec#/components/schemas/CreateNetworkResponse"};
const schema51 = {"type":"object","required":["Id","Warning"],"properties":{"Id":{"type":"string","description":"The new network's full Id (64 lowercase hex digits).","pattern":"^[0-9a-f]{64}$"},"Warning":{"type":"string","description":"Empty, or the engine's warning (e.g. a duplicate name created without check_duplicate)."}}};
const pattern4 = new RegExp("^[0-9a-f]{64}$", "u");

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"spec#/components/schemas/CreateNetworkResponse/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Warning === undefined){
const err1 = {instancePath,schemaPath:"spec#/components/schemas/CreateNetworkResponse/required",keyword:"required",params:{missingProperty: "Warning"},message:"must have required property '"+"Warning"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Id !== undefined){
let data0 = data.Id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err2 = {instancePath:instancePath+"/Id",schemaPath:"spec#/components/schemas/CreateNetworkResponse/properties/Id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/Id",schemaPath:"spec#/components/schemas/CreateNetworkResponse/properties/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Warning !== undefined){
if(typeof data.Warning !== "string"){
const err4 = {instancePath:instancePath+"/Warning",schemaPath:"spec#/components/schemas/CreateNetworkResponse/properties/Warning/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"spec#/components/schemas/CreateNetworkResponse/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"Id":true,"Warning":true},"dynamicProps":false,"dynamicItems":false};

export const v9 = validate34;
const schema52 = {"$ref":"spec#/components/schemas/DisconnectRequest"};
const schema53 = {"type":"object","description":"The page does not mark `container` required (only create's `name` is). That a disconnect without it fails is inferred from the engine, which answers \"No such container\" for an empty one.","properties":{"container":{"type":"string","description":"The container-id/name to be disconnected from the network.","x-cs-quirks":[{"id":"container-required-inferred","summary":"The page marks no field of connect or disconnect required; without container the engine answers \"No such container\"."}]},"force":{"type":["boolean","string"],"description":"Force the container to disconnect from a network. Documented as a string and \"currently not supported\"; the engine takes a boolean.","x-cs-quirks":[{"id":"force-documented-as-string","summary":"Documented as a string and currently not supported."}]},"forct":{"type":"boolean","deprecated":true,"description":"The typo for `force` in the documented example; ignored by the engine. Do not send it.","x-cs-quirks":[{"id":"disconnect-forct-typo","summary":"Present only because the documented request sends it."}]}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.container !== undefined){
if(typeof data.container !== "string"){
const err0 = {instancePath:instancePath+"/container",schemaPath:"spec#/components/schemas/DisconnectRequest/properties/container/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.force !== undefined){
let data1 = data.force;
if((typeof data1 !== "boolean") && (typeof data1 !== "string")){
const err1 = {instancePath:instancePath+"/force",schemaPath:"spec#/components/schemas/DisconnectRequest/properties/force/type",keyword:"type",params:{type: schema53.properties.force.type},message:"must be boolean,string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.forct !== undefined){
if(typeof data.forct !== "boolean"){
const err2 = {instancePath:instancePath+"/forct",schemaPath:"spec#/components/schemas/DisconnectRequest/properties/forct/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"spec#/components/schemas/DisconnectRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":{"container":true,"force":true,"forct":true},"dynamicProps":false,"dynamicItems":false};

export const v10 = validate35;
const schema54 = {"$ref":"spec#/components/schemas/EmptyObject"};
const schema55 = {"type":"object","description":"`{}`, exactly as the page shows it: what connect, disconnect and remove answer where the engine answers an empty body.","maxProperties":0};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 0){
const err0 = {instancePath,schemaPath:"spec#/components/schemas/EmptyObject/maxProperties",keyword:"maxProperties",params:{limit: 0},message:"must NOT have more than 0 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"spec#/components/schemas/EmptyObject/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v11 = validate36;
const schema56 = {"$ref":"spec#/components/schemas/EndpointResource"};
const schema57 = {"type":"object","description":"A running container attached to the network (inspect only; the list always shows `{}`).","x-cs-evidence":"engine: inspect of a network with a running container (engine reference §2.1, §5); no capture of the page shows one","properties":{"Name":{"type":"string"},"EndpointID":{"type":"string"},"MacAddress":{"type":"string"},"IPv4Address":{"type":"string","description":"CIDR form, e.g. `192.168.64.2/20`."},"IPv6Address":{"type":"string"}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Name !== undefined){
if(typeof data.Name !== "string"){
const err0 = {instancePath:instancePath+"/Name",schemaPath:"spec#/components/schemas/EndpointResource/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.EndpointID !== undefined){
if(typeof data.EndpointID !== "string"){
const err1 = {instancePath:instancePath+"/EndpointID",schemaPath:"spec#/components/schemas/EndpointResource/properties/EndpointID/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.MacAddress !== undefined){
if(typeof data.MacAddress !== "string"){
const err2 = {instancePath:instancePath+"/MacAddress",schemaPath:"spec#/components/schemas/EndpointResource/properties/MacAddress/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.IPv4Address !== undefined){
if(typeof data.IPv4Address !== "string"){
const err3 = {instancePath:instancePath+"/IPv4Address",schemaPath:"spec#/components/schemas/EndpointResource/properties/IPv4Address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.IPv6Address !== undefined){
if(typeof data.IPv6Address !== "string"){
const err4 = {instancePath:instancePath+"/IPv6Address",schemaPath:"spec#/components/schemas/EndpointResource/properties/IPv6Address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"spec#/components/schemas/EndpointResource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":{"Name":true,"EndpointID":true,"MacAddress":true,"IPv4Address":true,"IPv6Address":true},"dynamicProps":false,"dynamicItems":false};

export const v12 = validate37;
const schema58 = {"$ref":"spec#/components/schemas/ErrorEnvelope"};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"spec#/components/schemas/ErrorEnvelope/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
let data0 = data.error;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.code === undefined){
const err1 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/schemas/ErrorEnvelope/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/schemas/ErrorEnvelope/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.code !== undefined){
let data1 = data0.code;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"spec#/components/schemas/ErrorEnvelope/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.message !== undefined){
if(typeof data0.message !== "string"){
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"spec#/components/schemas/ErrorEnvelope/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/schemas/ErrorEnvelope/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"spec#/components/schemas/ErrorEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

export const v13 = validate38;
const schema60 = {"$ref":"spec#/components/schemas/IPAM"};
const schema61 = {"type":"object","description":"The IPAM object of a network as the engine reports it: every capture on the page shows Driver, Config and Options.","required":["Driver","Config","Options"],"properties":{"Driver":{"type":"string","description":"`default`, even when an empty driver was sent."},"Config":{"type":["array","null"],"description":"The pools as the request gave them (no Gateway added, host bits kept, empty keys omitted); a pool the daemon picked reports its Gateway.","items":{"$ref":"#/components/schemas/IPAMConfig"},"x-cs-quirks":[{"id":"gateway-cidr-in-old-versions","summary":"The 1.7.2224 capture (Docker 1.11) shows the gateway in CIDR form, e.g. 172.18.0.1/16."}]},"Options":{"type":["object","null"],"description":"null unless the client sent an Options object (then echoed; `{}` stays `{}`).","x-cs-evidence":"engine: null unless sent, else the map of strings sent (engine reference §2.1); the page shows only null","additionalProperties":{"type":"string"},"x-cs-quirks":[{"id":"ipam-options-null","summary":"null (not {}) unless an Options object was sent; predefined networks report null."}]}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Driver === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Driver"},message:"must have required property '"+"Driver"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Config === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Config"},message:"must have required property '"+"Config"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Options === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Options"},message:"must have required property '"+"Options"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Driver !== undefined){
if(typeof data.Driver !== "string"){
const err3 = {instancePath:instancePath+"/Driver",schemaPath:"#/properties/Driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Config !== undefined){
let data1 = data.Config;
if((!(Array.isArray(data1))) && (data1 !== null)){
const err4 = {instancePath:instancePath+"/Config",schemaPath:"#/properties/Config/type",keyword:"type",params:{type: schema61.properties.Config.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.Subnet !== undefined){
if(typeof data2.Subnet !== "string"){
const err5 = {instancePath:instancePath+"/Config/" + i0+"/Subnet",schemaPath:"#/components/schemas/IPAMConfig/properties/Subnet/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.IPRange !== undefined){
if(typeof data2.IPRange !== "string"){
const err6 = {instancePath:instancePath+"/Config/" + i0+"/IPRange",schemaPath:"#/components/schemas/IPAMConfig/properties/IPRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.Gateway !== undefined){
if(typeof data2.Gateway !== "string"){
const err7 = {instancePath:instancePath+"/Config/" + i0+"/Gateway",schemaPath:"#/components/schemas/IPAMConfig/properties/Gateway/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.AuxiliaryAddresses !== undefined){
let data6 = data2.AuxiliaryAddresses;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
if(typeof data6[key0] !== "string"){
const err8 = {instancePath:instancePath+"/Config/" + i0+"/AuxiliaryAddresses/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/IPAMConfig/properties/AuxiliaryAddresses/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/Config/" + i0+"/AuxiliaryAddresses",schemaPath:"#/components/schemas/IPAMConfig/properties/AuxiliaryAddresses/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/Config/" + i0,schemaPath:"#/components/schemas/IPAMConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
if(data.Options !== undefined){
let data8 = data.Options;
if((!(data8 && typeof data8 == "object" && !Array.isArray(data8))) && (data8 !== null)){
const err11 = {instancePath:instancePath+"/Options",schemaPath:"#/properties/Options/type",keyword:"type",params:{type: schema61.properties.Options.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
if(typeof data8[key1] !== "string"){
const err12 = {instancePath:instancePath+"/Options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Options/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":{"Driver":true,"Config":true,"Options":true},"dynamicProps":false,"dynamicItems":false};


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate39(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":{"Driver":true,"Config":true,"Options":true},"dynamicProps":false,"dynamicItems":false};

export const v14 = validate41;
const schema63 = {"$ref":"spec#/components/schemas/IPAMConfig"};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Subnet !== undefined){
if(typeof data.Subnet !== "string"){
const err0 = {instancePath:instancePath+"/Subnet",schemaPath:"spec#/components/schemas/IPAMConfig/properties/Subnet/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.IPRange !== undefined){
if(typeof data.IPRange !== "string"){
const err1 = {instancePath:instancePath+"/IPRange",schemaPath:"spec#/components/schemas/IPAMConfig/properties/IPRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Gateway !== undefined){
if(typeof data.Gateway !== "string"){
const err2 = {instancePath:instancePath+"/Gateway",schemaPath:"spec#/components/schemas/IPAMConfig/properties/Gateway/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.AuxiliaryAddresses !== undefined){
let data3 = data.AuxiliaryAddresses;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key0 in data3){
if(typeof data3[key0] !== "string"){
const err3 = {instancePath:instancePath+"/AuxiliaryAddresses/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"spec#/components/schemas/IPAMConfig/properties/AuxiliaryAddresses/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/AuxiliaryAddresses",schemaPath:"spec#/components/schemas/IPAMConfig/properties/AuxiliaryAddresses/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"spec#/components/schemas/IPAMConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":{"Subnet":true,"IPRange":true,"Gateway":true,"AuxiliaryAddresses":true},"dynamicProps":false,"dynamicItems":false};

export const v15 = validate42;
const schema65 = {"$ref":"spec#/components/schemas/IPAMRequest"};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Driver !== undefined){
if(typeof data.Driver !== "string"){
const err0 = {instancePath:instancePath+"/Driver",schemaPath:"#/properties/Driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Config !== undefined){
let data1 = data.Config;
if((!(Array.isArray(data1))) && (data1 !== null)){
const err1 = {instancePath:instancePath+"/Config",schemaPath:"#/properties/Config/type",keyword:"type",params:{type: schema48.properties.Config.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.Subnet !== undefined){
if(typeof data2.Subnet !== "string"){
const err2 = {instancePath:instancePath+"/Config/" + i0+"/Subnet",schemaPath:"#/components/schemas/IPAMConfig/properties/Subnet/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data2.IPRange !== undefined){
if(typeof data2.IPRange !== "string"){
const err3 = {instancePath:instancePath+"/Config/" + i0+"/IPRange",schemaPath:"#/components/schemas/IPAMConfig/properties/IPRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data2.Gateway !== undefined){
if(typeof data2.Gateway !== "string"){
const err4 = {instancePath:instancePath+"/Config/" + i0+"/Gateway",schemaPath:"#/components/schemas/IPAMConfig/properties/Gateway/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.AuxiliaryAddresses !== undefined){
let data6 = data2.AuxiliaryAddresses;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
if(typeof data6[key0] !== "string"){
const err5 = {instancePath:instancePath+"/Config/" + i0+"/AuxiliaryAddresses/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/IPAMConfig/properties/AuxiliaryAddresses/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/Config/" + i0+"/AuxiliaryAddresses",schemaPath:"#/components/schemas/IPAMConfig/properties/AuxiliaryAddresses/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/Config/" + i0,schemaPath:"#/components/schemas/IPAMConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
if(data.Options !== undefined){
let data8 = data.Options;
if((!(data8 && typeof data8 == "object" && !Array.isArray(data8))) && (data8 !== null)){
const err8 = {instancePath:instancePath+"/Options",schemaPath:"#/properties/Options/type",keyword:"type",params:{type: schema48.properties.Options.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
if(typeof data8[key1] !== "string"){
const err9 = {instancePath:instancePath+"/Options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Options/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":{"Driver":true,"Config":true,"Options":true},"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":{"Driver":true,"Config":true,"Options":true},"dynamicProps":false,"dynamicItems":false};

export const v16 = validate45;
const schema68 = {"$ref":"spec#/components/schemas/LoginFormRequest"};
const schema69 = {"description":"A login sent with the form Content-Type application/x-www-form-urlencoded: either the JSON text of a LoginRequest, as the page's curl -d sends it, or the form fields username and password.","oneOf":[{"type":"string","title":"JsonTextLogin","description":"The JSON text of a LoginRequest, sent as it is (curl -d '{…}').","contentMediaType":"application/json","contentSchema":{"$ref":"#/components/schemas/LoginRequest"}},{"type":"object","title":"FormFieldsLogin","required":["username","password"],"properties":{"username":{"type":"string"},"password":{"type":"string","format":"password"}}}]};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.username === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.password === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err3 = {instancePath:instancePath+"/username",schemaPath:"#/oneOf/1/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.password !== undefined){
if(!(typeof data.password === "string")){
const err4 = {instancePath:instancePath+"/password",schemaPath:"#/oneOf/1/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var props0 = {};
props0.username = true;
props0.password = true;
}
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate46.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate46.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate46(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
else {
var props0 = validate46.evaluated.props;
}
validate45.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate45.evaluated = {"dynamicProps":true,"dynamicItems":false};

export const v17 = validate48;
const schema70 = {"$ref":"spec#/components/schemas/LoginRequest"};
const schema71 = {"oneOf":[{"type":"object","title":"PasswordLogin","required":["username","password"],"properties":{"username":{"type":"string"},"password":{"type":"string","format":"password"}}},{"type":"object","title":"SidLogin","required":["sid"],"properties":{"sid":{"type":"string","description":"A QTS session id, for accounts with 2-step verification."}}}]};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid1 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.username === undefined){
const err0 = {instancePath,schemaPath:"spec#/components/schemas/LoginRequest/oneOf/0/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.password === undefined){
const err1 = {instancePath,schemaPath:"spec#/components/schemas/LoginRequest/oneOf/0/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err2 = {instancePath:instancePath+"/username",schemaPath:"spec#/components/schemas/LoginRequest/oneOf/0/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.password !== undefined){
if(!(typeof data.password === "string")){
const err3 = {instancePath:instancePath+"/password",schemaPath:"spec#/components/schemas/LoginRequest/oneOf/0/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"spec#/components/schemas/LoginRequest/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
var props0 = {};
props0.username = true;
props0.password = true;
}
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sid === undefined){
const err5 = {instancePath,schemaPath:"spec#/components/schemas/LoginRequest/oneOf/1/required",keyword:"required",params:{missingProperty: "sid"},message:"must have required property '"+"sid"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.sid !== undefined){
if(typeof data.sid !== "string"){
const err6 = {instancePath:instancePath+"/sid",schemaPath:"spec#/components/schemas/LoginRequest/oneOf/1/properties/sid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"spec#/components/schemas/LoginRequest/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
if(props0 !== true){
props0 = props0 || {};
props0.sid = true;
}
}
}
if(!valid1){
const err8 = {instancePath,schemaPath:"spec#/components/schemas/LoginRequest/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
validate48.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate48.evaluated = {"dynamicProps":true,"dynamicItems":false};

export const v18 = validate49;
const schema72 = {"$ref":"spec#/components/schemas/LoginResponse"};
const schema73 = {"type":"object","required":["username"],"properties":{"anonymous":{"type":"boolean"},"isAdmin":{"type":"boolean","description":"Whether the user is in the administrators group."},"isVm":{"type":"boolean","description":"Shown by the 1.6-era documentation only."},"logintime":{"type":"string","description":"`YYYY-MM-DD HH:MM:SS`, no zone."},"username":{"type":"string","description":"The user that logged in."}}};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.username === undefined){
const err0 = {instancePath,schemaPath:"spec#/components/schemas/LoginResponse/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.anonymous !== undefined){
if(typeof data.anonymous !== "boolean"){
const err1 = {instancePath:instancePath+"/anonymous",schemaPath:"spec#/components/schemas/LoginResponse/properties/anonymous/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.isAdmin !== undefined){
if(typeof data.isAdmin !== "boolean"){
const err2 = {instancePath:instancePath+"/isAdmin",schemaPath:"spec#/components/schemas/LoginResponse/properties/isAdmin/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.isVm !== undefined){
if(typeof data.isVm !== "boolean"){
const err3 = {instancePath:instancePath+"/isVm",schemaPath:"spec#/components/schemas/LoginResponse/properties/isVm/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.logintime !== undefined){
if(typeof data.logintime !== "string"){
const err4 = {instancePath:instancePath+"/logintime",schemaPath:"spec#/components/schemas/LoginResponse/properties/logintime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err5 = {instancePath:instancePath+"/username",schemaPath:"spec#/components/schemas/LoginResponse/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"spec#/components/schemas/LoginResponse/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":{"anonymous":true,"isAdmin":true,"isVm":true,"logintime":true,"username":true},"dynamicProps":false,"dynamicItems":false};

export const v19 = validate50;
const schema74 = {"$ref":"spec#/components/schemas/LogoutResponse"};
const schema75 = {"type":"object","required":["username"],"properties":{"username":{"type":"string","description":"The user whose session ended."}}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.username === undefined){
const err0 = {instancePath,schemaPath:"spec#/components/schemas/LogoutResponse/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err1 = {instancePath:instancePath+"/username",schemaPath:"spec#/components/schemas/LogoutResponse/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"spec#/components/schemas/LogoutResponse/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":{"username":true},"dynamicProps":false,"dynamicItems":false};

export const v20 = validate51;
const schema76 = {"$ref":"spec#/components/schemas/Network"};
const schema77 = {"type":"object","description":"A Docker-native network object (pass-through). Firmware versions may add fields.","required":["Id","Name","Driver","Scope","Created","IPAM","Containers"],"properties":{"Id":{"type":"string","description":"64 lowercase hex digits.","pattern":"^[0-9a-f]{64}$"},"Name":{"type":"string"},"Created":{"type":"string","format":"date-time","description":"RFC 3339 with a variable number of fraction digits (trailing zeros dropped) and the daemon's zone (`+08:00` in the captures, `Z` on a UTC host). Parse it; never match a fixed width.","x-cs-quirks":[{"id":"created-fraction-digits","summary":"The number of fraction digits varies (trailing zeros are dropped); parse as a date-time."},{"id":"old-captures-differ","summary":"The 1.7.2224 captures (Docker 1.11) lack Created, Attachable, ConfigFrom and similar keys and show CIDR gateways; this schema describes 2.4."}]},"Scope":{"type":"string"},"Driver":{"type":"string","description":"`bridge`, `host`, `null` (the `none` network) or a plugin such as `qnet`."},"EnableIPv6":{"type":"boolean"},"IPAM":{"$ref":"#/components/schemas/IPAM"},"Internal":{"type":"boolean"},"Attachable":{"type":"boolean"},"Ingress":{"type":"boolean"},"ConfigFrom":{"type":"object","properties":{"Network":{"type":"string"}}},"ConfigOnly":{"type":"boolean"},"Containers":{"type":"object","description":"Keyed by container Id; running containers only, and always `{}` in the list.","additionalProperties":{"$ref":"#/components/schemas/EndpointResource"},"x-cs-quirks":[{"id":"containers-empty-in-list","summary":"Always {} in the list; only inspect fills it."},{"id":"containers-only-running","summary":"Created-but-not-running containers never appear, even after connect."}]},"Options":{"type":["object","null"],"description":"Driver options; every value is a string.","additionalProperties":{"type":"string"}},"Labels":{"type":["object","null"],"x-cs-evidence":"engine: labels are a map of strings (engine reference §2.1, §3 #17); the page shows only {}","additionalProperties":{"type":"string"}}}};
const formats0 = fullFormats["date-time"];

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Driver === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Driver"},message:"must have required property '"+"Driver"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Config === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Config"},message:"must have required property '"+"Config"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Options === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Options"},message:"must have required property '"+"Options"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Driver !== undefined){
if(typeof data.Driver !== "string"){
const err3 = {instancePath:instancePath+"/Driver",schemaPath:"#/properties/Driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Config !== undefined){
let data1 = data.Config;
if((!(Array.isArray(data1))) && (data1 !== null)){
const err4 = {instancePath:instancePath+"/Config",schemaPath:"#/properties/Config/type",keyword:"type",params:{type: schema61.properties.Config.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.Subnet !== undefined){
if(typeof data2.Subnet !== "string"){
const err5 = {instancePath:instancePath+"/Config/" + i0+"/Subnet",schemaPath:"#/components/schemas/IPAMConfig/properties/Subnet/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.IPRange !== undefined){
if(typeof data2.IPRange !== "string"){
const err6 = {instancePath:instancePath+"/Config/" + i0+"/IPRange",schemaPath:"#/components/schemas/IPAMConfig/properties/IPRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.Gateway !== undefined){
if(typeof data2.Gateway !== "string"){
const err7 = {instancePath:instancePath+"/Config/" + i0+"/Gateway",schemaPath:"#/components/schemas/IPAMConfig/properties/Gateway/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.AuxiliaryAddresses !== undefined){
let data6 = data2.AuxiliaryAddresses;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
if(typeof data6[key0] !== "string"){
const err8 = {instancePath:instancePath+"/Config/" + i0+"/AuxiliaryAddresses/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/IPAMConfig/properties/AuxiliaryAddresses/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/Config/" + i0+"/AuxiliaryAddresses",schemaPath:"#/components/schemas/IPAMConfig/properties/AuxiliaryAddresses/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/Config/" + i0,schemaPath:"#/components/schemas/IPAMConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
if(data.Options !== undefined){
let data8 = data.Options;
if((!(data8 && typeof data8 == "object" && !Array.isArray(data8))) && (data8 !== null)){
const err11 = {instancePath:instancePath+"/Options",schemaPath:"#/properties/Options/type",keyword:"type",params:{type: schema61.properties.Options.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
if(typeof data8[key1] !== "string"){
const err12 = {instancePath:instancePath+"/Options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Options/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":{"Driver":true,"Config":true,"Options":true},"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Name"},message:"must have required property '"+"Name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Driver === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Driver"},message:"must have required property '"+"Driver"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Scope === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Scope"},message:"must have required property '"+"Scope"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.Created === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Created"},message:"must have required property '"+"Created"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.IPAM === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "IPAM"},message:"must have required property '"+"IPAM"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.Containers === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Containers"},message:"must have required property '"+"Containers"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.Id !== undefined){
let data0 = data.Id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err7 = {instancePath:instancePath+"/Id",schemaPath:"#/properties/Id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/Id",schemaPath:"#/properties/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Name !== undefined){
if(typeof data.Name !== "string"){
const err9 = {instancePath:instancePath+"/Name",schemaPath:"#/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.Created !== undefined){
let data2 = data.Created;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err10 = {instancePath:instancePath+"/Created",schemaPath:"#/properties/Created/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/Created",schemaPath:"#/properties/Created/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.Scope !== undefined){
if(typeof data.Scope !== "string"){
const err12 = {instancePath:instancePath+"/Scope",schemaPath:"#/properties/Scope/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.Driver !== undefined){
if(typeof data.Driver !== "string"){
const err13 = {instancePath:instancePath+"/Driver",schemaPath:"#/properties/Driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.EnableIPv6 !== undefined){
if(typeof data.EnableIPv6 !== "boolean"){
const err14 = {instancePath:instancePath+"/EnableIPv6",schemaPath:"#/properties/EnableIPv6/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.IPAM !== undefined){
if(!(validate53(data.IPAM, {instancePath:instancePath+"/IPAM",parentData:data,parentDataProperty:"IPAM",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.Internal !== undefined){
if(typeof data.Internal !== "boolean"){
const err15 = {instancePath:instancePath+"/Internal",schemaPath:"#/properties/Internal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.Attachable !== undefined){
if(typeof data.Attachable !== "boolean"){
const err16 = {instancePath:instancePath+"/Attachable",schemaPath:"#/properties/Attachable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.Ingress !== undefined){
if(typeof data.Ingress !== "boolean"){
const err17 = {instancePath:instancePath+"/Ingress",schemaPath:"#/properties/Ingress/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.ConfigFrom !== undefined){
let data10 = data.ConfigFrom;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.Network !== undefined){
if(typeof data10.Network !== "string"){
const err18 = {instancePath:instancePath+"/ConfigFrom/Network",schemaPath:"#/properties/ConfigFrom/properties/Network/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/ConfigFrom",schemaPath:"#/properties/ConfigFrom/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.ConfigOnly !== undefined){
if(typeof data.ConfigOnly !== "boolean"){
const err20 = {instancePath:instancePath+"/ConfigOnly",schemaPath:"#/properties/ConfigOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.Containers !== undefined){
let data13 = data.Containers;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key0 in data13){
let data14 = data13[key0];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.Name !== undefined){
if(typeof data14.Name !== "string"){
const err21 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/Name",schemaPath:"#/components/schemas/EndpointResource/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data14.EndpointID !== undefined){
if(typeof data14.EndpointID !== "string"){
const err22 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/EndpointID",schemaPath:"#/components/schemas/EndpointResource/properties/EndpointID/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data14.MacAddress !== undefined){
if(typeof data14.MacAddress !== "string"){
const err23 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/MacAddress",schemaPath:"#/components/schemas/EndpointResource/properties/MacAddress/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data14.IPv4Address !== undefined){
if(typeof data14.IPv4Address !== "string"){
const err24 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/IPv4Address",schemaPath:"#/components/schemas/EndpointResource/properties/IPv4Address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data14.IPv6Address !== undefined){
if(typeof data14.IPv6Address !== "string"){
const err25 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/IPv6Address",schemaPath:"#/components/schemas/EndpointResource/properties/IPv6Address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/EndpointResource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/Containers",schemaPath:"#/properties/Containers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.Options !== undefined){
let data20 = data.Options;
if((!(data20 && typeof data20 == "object" && !Array.isArray(data20))) && (data20 !== null)){
const err28 = {instancePath:instancePath+"/Options",schemaPath:"#/properties/Options/type",keyword:"type",params:{type: schema77.properties.Options.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key1 in data20){
if(typeof data20[key1] !== "string"){
const err29 = {instancePath:instancePath+"/Options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Options/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
if(data.Labels !== undefined){
let data22 = data.Labels;
if((!(data22 && typeof data22 == "object" && !Array.isArray(data22))) && (data22 !== null)){
const err30 = {instancePath:instancePath+"/Labels",schemaPath:"#/properties/Labels/type",keyword:"type",params:{type: schema77.properties.Labels.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key2 in data22){
if(typeof data22[key2] !== "string"){
const err31 = {instancePath:instancePath+"/Labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":{"Id":true,"Name":true,"Created":true,"Scope":true,"Driver":true,"EnableIPv6":true,"IPAM":true,"Internal":true,"Attachable":true,"Ingress":true,"ConfigFrom":true,"ConfigOnly":true,"Containers":true,"Options":true,"Labels":true},"dynamicProps":false,"dynamicItems":false};


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate52(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":{"Id":true,"Name":true,"Created":true,"Scope":true,"Driver":true,"EnableIPv6":true,"IPAM":true,"Internal":true,"Attachable":true,"Ingress":true,"ConfigFrom":true,"ConfigOnly":true,"Containers":true,"Options":true,"Labels":true},"dynamicProps":false,"dynamicItems":false};

export const v21 = validate56;
const schema81 = {"$ref":"spec#/components/schemas/PruneResponse"};
const schema82 = {"type":"object","required":["NetworksDeleted"],"properties":{"NetworksDeleted":{"type":["array","null"],"description":"Names (not Ids) of the removed networks, which may repeat, or null when nothing was removed.","items":{"type":"string"},"x-cs-quirks":[{"id":"prune-null-when-empty","summary":"null, not [], when nothing was removed (accept [] too)."}]}}};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.NetworksDeleted === undefined){
const err0 = {instancePath,schemaPath:"spec#/components/schemas/PruneResponse/required",keyword:"required",params:{missingProperty: "NetworksDeleted"},message:"must have required property '"+"NetworksDeleted"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.NetworksDeleted !== undefined){
let data0 = data.NetworksDeleted;
if((!(Array.isArray(data0))) && (data0 !== null)){
const err1 = {instancePath:instancePath+"/NetworksDeleted",schemaPath:"spec#/components/schemas/PruneResponse/properties/NetworksDeleted/type",keyword:"type",params:{type: schema82.properties.NetworksDeleted.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err2 = {instancePath:instancePath+"/NetworksDeleted/" + i0,schemaPath:"spec#/components/schemas/PruneResponse/properties/NetworksDeleted/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
}
}
else {
const err3 = {instancePath,schemaPath:"spec#/components/schemas/PruneResponse/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":{"NetworksDeleted":true},"dynamicProps":false,"dynamicItems":false};

export const v22 = validate57;
const schema83 = {"$ref":"spec#/components/schemas/SystemInfo"};
const schema84 = {"type":"object","description":"The fields the System page documents are required; `version` is optional here because its keys changed across releases and the suite reports a missing one itself (SYS-001).","required":["cpuCore","cpuThread","features","hostname","machine","memoryPageSize","processor"],"properties":{"cpuCore":{"type":"integer","description":"CPU core count."},"cpuThread":{"type":"integer","description":"Total CPU thread count."},"features":{"type":["array","object"],"description":"Supported features, e.g. `lxd`, `net_bridge`. Documented as an object; captured as an array of strings.","items":{"type":"string"},"x-cs-quirks":[{"id":"system-features-documented-as-object","summary":"Documented as an object; the capture shows an array of strings (including \"\")."}]},"gpu":{"type":"object","properties":{"csMode":{"type":"boolean"},"device":{"type":"array","description":"GPU devices (empty in the capture; the item shape is undocumented).","items":{}},"driverInstalled":{"type":"boolean"}}},"gpuchanged":{"type":"boolean"},"hostname":{"type":"string","description":"Device hostname."},"isDevicemapper":{"type":"boolean"},"isSupportOverlay":{"type":"boolean"},"machine":{"type":"string","description":"Machine type, e.g. `x86_64`, `armv7l` (`amd64` in the capture); empty if it cannot be determined."},"memory":{"type":"integer"},"memoryPageSize":{"type":"integer","description":"Memory page size."},"migrationDir":{"type":"string"},"migrationDmStatus":{"type":"string"},"needRestart":{"type":"boolean"},"platform":{"type":"string","description":"`qts` in the capture."},"processor":{"type":"string","description":"Processor information."},"status":{"type":"string","description":"`running` in the capture."},"storageDriver":{"type":"string"},"uncleanFS":{"type":"boolean"},"version":{"type":"object","description":"Version of Docker, LXC, LXD and Container Station; keys vary by release (`web`, `lxcVersion` before 2.4).","x-cs-quirks":[{"id":"system-version-keys-vary","summary":"web and lxcVersion before 2.4; lxc, lxd and compose from 2.4; firmware from 1.8; qpkgBuildDate from 2.2."}],"properties":{"qpkg":{"type":"string","description":"The Container Station version."},"firmware":{"type":"string"},"dockerVersion":{"type":"string"},"compose":{"type":"string"},"lxc":{"type":"string"},"lxd":{"type":"string"},"qpkgBuildDate":{"type":"string","description":"`YYYY/MM/DD` in the capture."},"lxcVersion":{"type":"string","description":"Before 2.4 (renamed `lxc`)."},"web":{"type":"string","description":"Before 2.4 (the Container Station version, e.g. `v1.7.2224`)."}},"additionalProperties":{"type":"string"}}}};
const func1 = Object.prototype.hasOwnProperty;

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cpuCore === undefined){
const err0 = {instancePath,schemaPath:"spec#/components/schemas/SystemInfo/required",keyword:"required",params:{missingProperty: "cpuCore"},message:"must have required property '"+"cpuCore"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.cpuThread === undefined){
const err1 = {instancePath,schemaPath:"spec#/components/schemas/SystemInfo/required",keyword:"required",params:{missingProperty: "cpuThread"},message:"must have required property '"+"cpuThread"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.features === undefined){
const err2 = {instancePath,schemaPath:"spec#/components/schemas/SystemInfo/required",keyword:"required",params:{missingProperty: "features"},message:"must have required property '"+"features"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.hostname === undefined){
const err3 = {instancePath,schemaPath:"spec#/components/schemas/SystemInfo/required",keyword:"required",params:{missingProperty: "hostname"},message:"must have required property '"+"hostname"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.machine === undefined){
const err4 = {instancePath,schemaPath:"spec#/components/schemas/SystemInfo/required",keyword:"required",params:{missingProperty: "machine"},message:"must have required property '"+"machine"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.memoryPageSize === undefined){
const err5 = {instancePath,schemaPath:"spec#/components/schemas/SystemInfo/required",keyword:"required",params:{missingProperty: "memoryPageSize"},message:"must have required property '"+"memoryPageSize"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.processor === undefined){
const err6 = {instancePath,schemaPath:"spec#/components/schemas/SystemInfo/required",keyword:"required",params:{missingProperty: "processor"},message:"must have required property '"+"processor"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.cpuCore !== undefined){
let data0 = data.cpuCore;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err7 = {instancePath:instancePath+"/cpuCore",schemaPath:"spec#/components/schemas/SystemInfo/properties/cpuCore/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.cpuThread !== undefined){
let data1 = data.cpuThread;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err8 = {instancePath:instancePath+"/cpuThread",schemaPath:"spec#/components/schemas/SystemInfo/properties/cpuThread/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.features !== undefined){
let data2 = data.features;
if(!data2 || typeof data2 != "object"){
const err9 = {instancePath:instancePath+"/features",schemaPath:"spec#/components/schemas/SystemInfo/properties/features/type",keyword:"type",params:{type: schema84.properties.features.type},message:"must be array,object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err10 = {instancePath:instancePath+"/features/" + i0,schemaPath:"spec#/components/schemas/SystemInfo/properties/features/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
if(data.gpu !== undefined){
let data4 = data.gpu;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.csMode !== undefined){
if(typeof data4.csMode !== "boolean"){
const err11 = {instancePath:instancePath+"/gpu/csMode",schemaPath:"spec#/components/schemas/SystemInfo/properties/gpu/properties/csMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.device !== undefined){
if(!(Array.isArray(data4.device))){
const err12 = {instancePath:instancePath+"/gpu/device",schemaPath:"spec#/components/schemas/SystemInfo/properties/gpu/properties/device/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.driverInstalled !== undefined){
if(typeof data4.driverInstalled !== "boolean"){
const err13 = {instancePath:instancePath+"/gpu/driverInstalled",schemaPath:"spec#/components/schemas/SystemInfo/properties/gpu/properties/driverInstalled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/gpu",schemaPath:"spec#/components/schemas/SystemInfo/properties/gpu/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.gpuchanged !== undefined){
if(typeof data.gpuchanged !== "boolean"){
const err15 = {instancePath:instancePath+"/gpuchanged",schemaPath:"spec#/components/schemas/SystemInfo/properties/gpuchanged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.hostname !== undefined){
if(typeof data.hostname !== "string"){
const err16 = {instancePath:instancePath+"/hostname",schemaPath:"spec#/components/schemas/SystemInfo/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.isDevicemapper !== undefined){
if(typeof data.isDevicemapper !== "boolean"){
const err17 = {instancePath:instancePath+"/isDevicemapper",schemaPath:"spec#/components/schemas/SystemInfo/properties/isDevicemapper/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.isSupportOverlay !== undefined){
if(typeof data.isSupportOverlay !== "boolean"){
const err18 = {instancePath:instancePath+"/isSupportOverlay",schemaPath:"spec#/components/schemas/SystemInfo/properties/isSupportOverlay/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.machine !== undefined){
if(typeof data.machine !== "string"){
const err19 = {instancePath:instancePath+"/machine",schemaPath:"spec#/components/schemas/SystemInfo/properties/machine/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.memory !== undefined){
let data13 = data.memory;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err20 = {instancePath:instancePath+"/memory",schemaPath:"spec#/components/schemas/SystemInfo/properties/memory/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.memoryPageSize !== undefined){
let data14 = data.memoryPageSize;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err21 = {instancePath:instancePath+"/memoryPageSize",schemaPath:"spec#/components/schemas/SystemInfo/properties/memoryPageSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.migrationDir !== undefined){
if(typeof data.migrationDir !== "string"){
const err22 = {instancePath:instancePath+"/migrationDir",schemaPath:"spec#/components/schemas/SystemInfo/properties/migrationDir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.migrationDmStatus !== undefined){
if(typeof data.migrationDmStatus !== "string"){
const err23 = {instancePath:instancePath+"/migrationDmStatus",schemaPath:"spec#/components/schemas/SystemInfo/properties/migrationDmStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.needRestart !== undefined){
if(typeof data.needRestart !== "boolean"){
const err24 = {instancePath:instancePath+"/needRestart",schemaPath:"spec#/components/schemas/SystemInfo/properties/needRestart/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.platform !== undefined){
if(typeof data.platform !== "string"){
const err25 = {instancePath:instancePath+"/platform",schemaPath:"spec#/components/schemas/SystemInfo/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.processor !== undefined){
if(typeof data.processor !== "string"){
const err26 = {instancePath:instancePath+"/processor",schemaPath:"spec#/components/schemas/SystemInfo/properties/processor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
const err27 = {instancePath:instancePath+"/status",schemaPath:"spec#/components/schemas/SystemInfo/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.storageDriver !== undefined){
if(typeof data.storageDriver !== "string"){
const err28 = {instancePath:instancePath+"/storageDriver",schemaPath:"spec#/components/schemas/SystemInfo/properties/storageDriver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.uncleanFS !== undefined){
if(typeof data.uncleanFS !== "boolean"){
const err29 = {instancePath:instancePath+"/uncleanFS",schemaPath:"spec#/components/schemas/SystemInfo/properties/uncleanFS/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.version !== undefined){
let data23 = data.version;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key0 in data23){
if(!(func1.call(schema84.properties.version.properties, key0))){
if(typeof data23[key0] !== "string"){
const err30 = {instancePath:instancePath+"/version/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"spec#/components/schemas/SystemInfo/properties/version/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data23.qpkg !== undefined){
if(typeof data23.qpkg !== "string"){
const err31 = {instancePath:instancePath+"/version/qpkg",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/qpkg/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data23.firmware !== undefined){
if(typeof data23.firmware !== "string"){
const err32 = {instancePath:instancePath+"/version/firmware",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/firmware/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data23.dockerVersion !== undefined){
if(typeof data23.dockerVersion !== "string"){
const err33 = {instancePath:instancePath+"/version/dockerVersion",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/dockerVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data23.compose !== undefined){
if(typeof data23.compose !== "string"){
const err34 = {instancePath:instancePath+"/version/compose",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/compose/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data23.lxc !== undefined){
if(typeof data23.lxc !== "string"){
const err35 = {instancePath:instancePath+"/version/lxc",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/lxc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data23.lxd !== undefined){
if(typeof data23.lxd !== "string"){
const err36 = {instancePath:instancePath+"/version/lxd",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/lxd/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data23.qpkgBuildDate !== undefined){
if(typeof data23.qpkgBuildDate !== "string"){
const err37 = {instancePath:instancePath+"/version/qpkgBuildDate",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/qpkgBuildDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data23.lxcVersion !== undefined){
if(typeof data23.lxcVersion !== "string"){
const err38 = {instancePath:instancePath+"/version/lxcVersion",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/lxcVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data23.web !== undefined){
if(typeof data23.web !== "string"){
const err39 = {instancePath:instancePath+"/version/web",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/web/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/version",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"spec#/components/schemas/SystemInfo/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":{"cpuCore":true,"cpuThread":true,"features":true,"gpu":true,"gpuchanged":true,"hostname":true,"isDevicemapper":true,"isSupportOverlay":true,"machine":true,"memory":true,"memoryPageSize":true,"migrationDir":true,"migrationDmStatus":true,"needRestart":true,"platform":true,"processor":true,"status":true,"storageDriver":true,"uncleanFS":true,"version":true},"dynamicProps":false,"dynamicItems":false};

export const v23 = validate58;
const schema85 = {"$ref":"spec#/paths/~1login/post/responses/200/content/application~1json/schema"};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.username === undefined){
const err0 = {instancePath,schemaPath:"spec#/paths/~1login/post/responses/200/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.anonymous !== undefined){
if(typeof data.anonymous !== "boolean"){
const err1 = {instancePath:instancePath+"/anonymous",schemaPath:"spec#/paths/~1login/post/responses/200/content/application~1json/schema/properties/anonymous/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.isAdmin !== undefined){
if(typeof data.isAdmin !== "boolean"){
const err2 = {instancePath:instancePath+"/isAdmin",schemaPath:"spec#/paths/~1login/post/responses/200/content/application~1json/schema/properties/isAdmin/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.isVm !== undefined){
if(typeof data.isVm !== "boolean"){
const err3 = {instancePath:instancePath+"/isVm",schemaPath:"spec#/paths/~1login/post/responses/200/content/application~1json/schema/properties/isVm/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.logintime !== undefined){
if(typeof data.logintime !== "string"){
const err4 = {instancePath:instancePath+"/logintime",schemaPath:"spec#/paths/~1login/post/responses/200/content/application~1json/schema/properties/logintime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err5 = {instancePath:instancePath+"/username",schemaPath:"spec#/paths/~1login/post/responses/200/content/application~1json/schema/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"spec#/paths/~1login/post/responses/200/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":{"anonymous":true,"isAdmin":true,"isVm":true,"logintime":true,"username":true},"dynamicProps":false,"dynamicItems":false};

export const v24 = validate59;
const schema87 = {"$ref":"spec#/paths/~1login_refresh/get/responses/200/content/application~1json/schema"};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.username === undefined){
const err0 = {instancePath,schemaPath:"spec#/paths/~1login_refresh/get/responses/200/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.anonymous !== undefined){
if(typeof data.anonymous !== "boolean"){
const err1 = {instancePath:instancePath+"/anonymous",schemaPath:"spec#/paths/~1login_refresh/get/responses/200/content/application~1json/schema/properties/anonymous/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.isAdmin !== undefined){
if(typeof data.isAdmin !== "boolean"){
const err2 = {instancePath:instancePath+"/isAdmin",schemaPath:"spec#/paths/~1login_refresh/get/responses/200/content/application~1json/schema/properties/isAdmin/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.isVm !== undefined){
if(typeof data.isVm !== "boolean"){
const err3 = {instancePath:instancePath+"/isVm",schemaPath:"spec#/paths/~1login_refresh/get/responses/200/content/application~1json/schema/properties/isVm/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.logintime !== undefined){
if(typeof data.logintime !== "string"){
const err4 = {instancePath:instancePath+"/logintime",schemaPath:"spec#/paths/~1login_refresh/get/responses/200/content/application~1json/schema/properties/logintime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err5 = {instancePath:instancePath+"/username",schemaPath:"spec#/paths/~1login_refresh/get/responses/200/content/application~1json/schema/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"spec#/paths/~1login_refresh/get/responses/200/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":{"anonymous":true,"isAdmin":true,"isVm":true,"logintime":true,"username":true},"dynamicProps":false,"dynamicItems":false};

export const v25 = validate60;
const schema89 = {"$ref":"spec#/paths/~1logout/put/responses/200/content/application~1json/schema"};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.username === undefined){
const err0 = {instancePath,schemaPath:"spec#/paths/~1logout/put/responses/200/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err1 = {instancePath:instancePath+"/username",schemaPath:"spec#/paths/~1logout/put/responses/200/content/application~1json/schema/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"spec#/paths/~1logout/put/responses/200/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":{"username":true},"dynamicProps":false,"dynamicItems":false};

export const v26 = validate61;
const schema91 = {"$ref":"spec#/paths/~1networks/get/responses/200/content/application~1json/schema"};
const schema92 = {"type":"array","items":{"$ref":"#/components/schemas/Network"}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Name"},message:"must have required property '"+"Name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Driver === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Driver"},message:"must have required property '"+"Driver"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Scope === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Scope"},message:"must have required property '"+"Scope"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.Created === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Created"},message:"must have required property '"+"Created"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.IPAM === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "IPAM"},message:"must have required property '"+"IPAM"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.Containers === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Containers"},message:"must have required property '"+"Containers"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.Id !== undefined){
let data0 = data.Id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err7 = {instancePath:instancePath+"/Id",schemaPath:"#/properties/Id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/Id",schemaPath:"#/properties/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Name !== undefined){
if(typeof data.Name !== "string"){
const err9 = {instancePath:instancePath+"/Name",schemaPath:"#/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.Created !== undefined){
let data2 = data.Created;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err10 = {instancePath:instancePath+"/Created",schemaPath:"#/properties/Created/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/Created",schemaPath:"#/properties/Created/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.Scope !== undefined){
if(typeof data.Scope !== "string"){
const err12 = {instancePath:instancePath+"/Scope",schemaPath:"#/properties/Scope/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.Driver !== undefined){
if(typeof data.Driver !== "string"){
const err13 = {instancePath:instancePath+"/Driver",schemaPath:"#/properties/Driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.EnableIPv6 !== undefined){
if(typeof data.EnableIPv6 !== "boolean"){
const err14 = {instancePath:instancePath+"/EnableIPv6",schemaPath:"#/properties/EnableIPv6/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.IPAM !== undefined){
if(!(validate53(data.IPAM, {instancePath:instancePath+"/IPAM",parentData:data,parentDataProperty:"IPAM",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.Internal !== undefined){
if(typeof data.Internal !== "boolean"){
const err15 = {instancePath:instancePath+"/Internal",schemaPath:"#/properties/Internal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.Attachable !== undefined){
if(typeof data.Attachable !== "boolean"){
const err16 = {instancePath:instancePath+"/Attachable",schemaPath:"#/properties/Attachable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.Ingress !== undefined){
if(typeof data.Ingress !== "boolean"){
const err17 = {instancePath:instancePath+"/Ingress",schemaPath:"#/properties/Ingress/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.ConfigFrom !== undefined){
let data10 = data.ConfigFrom;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.Network !== undefined){
if(typeof data10.Network !== "string"){
const err18 = {instancePath:instancePath+"/ConfigFrom/Network",schemaPath:"#/properties/ConfigFrom/properties/Network/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/ConfigFrom",schemaPath:"#/properties/ConfigFrom/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.ConfigOnly !== undefined){
if(typeof data.ConfigOnly !== "boolean"){
const err20 = {instancePath:instancePath+"/ConfigOnly",schemaPath:"#/properties/ConfigOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.Containers !== undefined){
let data13 = data.Containers;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key0 in data13){
let data14 = data13[key0];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.Name !== undefined){
if(typeof data14.Name !== "string"){
const err21 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/Name",schemaPath:"#/components/schemas/EndpointResource/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data14.EndpointID !== undefined){
if(typeof data14.EndpointID !== "string"){
const err22 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/EndpointID",schemaPath:"#/components/schemas/EndpointResource/properties/EndpointID/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data14.MacAddress !== undefined){
if(typeof data14.MacAddress !== "string"){
const err23 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/MacAddress",schemaPath:"#/components/schemas/EndpointResource/properties/MacAddress/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data14.IPv4Address !== undefined){
if(typeof data14.IPv4Address !== "string"){
const err24 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/IPv4Address",schemaPath:"#/components/schemas/EndpointResource/properties/IPv4Address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data14.IPv6Address !== undefined){
if(typeof data14.IPv6Address !== "string"){
const err25 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/IPv6Address",schemaPath:"#/components/schemas/EndpointResource/properties/IPv6Address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/EndpointResource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/Containers",schemaPath:"#/properties/Containers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.Options !== undefined){
let data20 = data.Options;
if((!(data20 && typeof data20 == "object" && !Array.isArray(data20))) && (data20 !== null)){
const err28 = {instancePath:instancePath+"/Options",schemaPath:"#/properties/Options/type",keyword:"type",params:{type: schema77.properties.Options.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key1 in data20){
if(typeof data20[key1] !== "string"){
const err29 = {instancePath:instancePath+"/Options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Options/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
if(data.Labels !== undefined){
let data22 = data.Labels;
if((!(data22 && typeof data22 == "object" && !Array.isArray(data22))) && (data22 !== null)){
const err30 = {instancePath:instancePath+"/Labels",schemaPath:"#/properties/Labels/type",keyword:"type",params:{type: schema77.properties.Labels.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key2 in data22){
if(typeof data22[key2] !== "string"){
const err31 = {instancePath:instancePath+"/Labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":{"Id":true,"Name":true,"Created":true,"Scope":true,"Driver":true,"EnableIPv6":true,"IPAM":true,"Internal":true,"Attachable":true,"Ingress":true,"ConfigFrom":true,"ConfigOnly":true,"Containers":true,"Options":true,"Labels":true},"dynamicProps":false,"dynamicItems":false};


function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate63(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate62(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

export const v27 = validate67;
const schema95 = {"$ref":"spec#/paths/~1networks/post/responses/200/content/application~1json/schema"};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"spec#/paths/~1networks/post/responses/200/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Warning === undefined){
const err1 = {instancePath,schemaPath:"spec#/paths/~1networks/post/responses/200/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "Warning"},message:"must have required property '"+"Warning"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Id !== undefined){
let data0 = data.Id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err2 = {instancePath:instancePath+"/Id",schemaPath:"spec#/paths/~1networks/post/responses/200/content/application~1json/schema/properties/Id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/Id",schemaPath:"spec#/paths/~1networks/post/responses/200/content/application~1json/schema/properties/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Warning !== undefined){
if(typeof data.Warning !== "string"){
const err4 = {instancePath:instancePath+"/Warning",schemaPath:"spec#/paths/~1networks/post/responses/200/content/application~1json/schema/properties/Warning/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"spec#/paths/~1networks/post/responses/200/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":{"Id":true,"Warning":true},"dynamicProps":false,"dynamicItems":false};

export const v28 = validate68;
const schema97 = {"$ref":"spec#/paths/~1networks/post/responses/4XX/content/application~1json/schema"};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"spec#/paths/~1networks/post/responses/4XX/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.error !== undefined){
let data0 = data.error;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.code === undefined){
const err1 = {instancePath:instancePath+"/error",schemaPath:"spec#/paths/~1networks/post/responses/4XX/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"spec#/paths/~1networks/post/responses/4XX/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.code !== undefined){
let data1 = data0.code;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"spec#/paths/~1networks/post/responses/4XX/content/application~1json/schema/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.message !== undefined){
if(typeof data0.message !== "string"){
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"spec#/paths/~1networks/post/responses/4XX/content/application~1json/schema/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/error",schemaPath:"spec#/paths/~1networks/post/responses/4XX/content/application~1json/schema/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"spec#/paths/~1networks/post/responses/4XX/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

export const v29 = validate69;
const schema99 = {"$ref":"spec#/paths/~1networks~1/delete/responses/200/content/application~1json/schema"};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.NetworksDeleted === undefined){
const err0 = {instancePath,schemaPath:"spec#/paths/~1networks~1/delete/responses/200/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "NetworksDeleted"},message:"must have required property '"+"NetworksDeleted"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.NetworksDeleted !== undefined){
let data0 = data.NetworksDeleted;
if((!(Array.isArray(data0))) && (data0 !== null)){
const err1 = {instancePath:instancePath+"/NetworksDeleted",schemaPath:"spec#/paths/~1networks~1/delete/responses/200/content/application~1json/schema/properties/NetworksDeleted/type",keyword:"type",params:{type: schema82.properties.NetworksDeleted.type},message:"must be array,null"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err2 = {instancePath:instancePath+"/NetworksDeleted/" + i0,schemaPath:"spec#/paths/~1networks~1/delete/responses/200/content/application~1json/schema/properties/NetworksDeleted/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
}
}
else {
const err3 = {instancePath,schemaPath:"spec#/paths/~1networks~1/delete/responses/200/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":{"NetworksDeleted":true},"dynamicProps":false,"dynamicItems":false};

export const v30 = validate70;
const schema101 = {"$ref":"spec#/paths/~1networks~1{network_id}/delete/responses/200/content/application~1json/schema"};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 0){
const err0 = {instancePath,schemaPath:"spec#/paths/~1networks~1{network_id}/delete/responses/200/content/application~1json/schema/maxProperties",keyword:"maxProperties",params:{limit: 0},message:"must NOT have more than 0 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"spec#/paths/~1networks~1{network_id}/delete/responses/200/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v31 = validate71;
const schema103 = {"$ref":"spec#/paths/~1networks~1{network_id}/get/responses/200/content/application~1json/schema"};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Name"},message:"must have required property '"+"Name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Driver === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Driver"},message:"must have required property '"+"Driver"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Scope === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Scope"},message:"must have required property '"+"Scope"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.Created === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Created"},message:"must have required property '"+"Created"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.IPAM === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "IPAM"},message:"must have required property '"+"IPAM"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.Containers === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Containers"},message:"must have required property '"+"Containers"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.Id !== undefined){
let data0 = data.Id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err7 = {instancePath:instancePath+"/Id",schemaPath:"#/properties/Id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/Id",schemaPath:"#/properties/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Name !== undefined){
if(typeof data.Name !== "string"){
const err9 = {instancePath:instancePath+"/Name",schemaPath:"#/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.Created !== undefined){
let data2 = data.Created;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err10 = {instancePath:instancePath+"/Created",schemaPath:"#/properties/Created/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/Created",schemaPath:"#/properties/Created/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.Scope !== undefined){
if(typeof data.Scope !== "string"){
const err12 = {instancePath:instancePath+"/Scope",schemaPath:"#/properties/Scope/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.Driver !== undefined){
if(typeof data.Driver !== "string"){
const err13 = {instancePath:instancePath+"/Driver",schemaPath:"#/properties/Driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.EnableIPv6 !== undefined){
if(typeof data.EnableIPv6 !== "boolean"){
const err14 = {instancePath:instancePath+"/EnableIPv6",schemaPath:"#/properties/EnableIPv6/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.IPAM !== undefined){
if(!(validate53(data.IPAM, {instancePath:instancePath+"/IPAM",parentData:data,parentDataProperty:"IPAM",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.Internal !== undefined){
if(typeof data.Internal !== "boolean"){
const err15 = {instancePath:instancePath+"/Internal",schemaPath:"#/properties/Internal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.Attachable !== undefined){
if(typeof data.Attachable !== "boolean"){
const err16 = {instancePath:instancePath+"/Attachable",schemaPath:"#/properties/Attachable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.Ingress !== undefined){
if(typeof data.Ingress !== "boolean"){
const err17 = {instancePath:instancePath+"/Ingress",schemaPath:"#/properties/Ingress/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.ConfigFrom !== undefined){
let data10 = data.ConfigFrom;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.Network !== undefined){
if(typeof data10.Network !== "string"){
const err18 = {instancePath:instancePath+"/ConfigFrom/Network",schemaPath:"#/properties/ConfigFrom/properties/Network/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/ConfigFrom",schemaPath:"#/properties/ConfigFrom/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.ConfigOnly !== undefined){
if(typeof data.ConfigOnly !== "boolean"){
const err20 = {instancePath:instancePath+"/ConfigOnly",schemaPath:"#/properties/ConfigOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.Containers !== undefined){
let data13 = data.Containers;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key0 in data13){
let data14 = data13[key0];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.Name !== undefined){
if(typeof data14.Name !== "string"){
const err21 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/Name",schemaPath:"#/components/schemas/EndpointResource/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data14.EndpointID !== undefined){
if(typeof data14.EndpointID !== "string"){
const err22 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/EndpointID",schemaPath:"#/components/schemas/EndpointResource/properties/EndpointID/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data14.MacAddress !== undefined){
if(typeof data14.MacAddress !== "string"){
const err23 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/MacAddress",schemaPath:"#/components/schemas/EndpointResource/properties/MacAddress/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data14.IPv4Address !== undefined){
if(typeof data14.IPv4Address !== "string"){
const err24 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/IPv4Address",schemaPath:"#/components/schemas/EndpointResource/properties/IPv4Address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data14.IPv6Address !== undefined){
if(typeof data14.IPv6Address !== "string"){
const err25 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/IPv6Address",schemaPath:"#/components/schemas/EndpointResource/properties/IPv6Address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/EndpointResource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/Containers",schemaPath:"#/properties/Containers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.Options !== undefined){
let data20 = data.Options;
if((!(data20 && typeof data20 == "object" && !Array.isArray(data20))) && (data20 !== null)){
const err28 = {instancePath:instancePath+"/Options",schemaPath:"#/properties/Options/type",keyword:"type",params:{type: schema77.properties.Options.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key1 in data20){
if(typeof data20[key1] !== "string"){
const err29 = {instancePath:instancePath+"/Options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Options/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
if(data.Labels !== undefined){
let data22 = data.Labels;
if((!(data22 && typeof data22 == "object" && !Array.isArray(data22))) && (data22 !== null)){
const err30 = {instancePath:instancePath+"/Labels",schemaPath:"#/properties/Labels/type",keyword:"type",params:{type: schema77.properties.Labels.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key2 in data22){
if(typeof data22[key2] !== "string"){
const err31 = {instancePath:instancePath+"/Labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":{"Id":true,"Name":true,"Created":true,"Scope":true,"Driver":true,"EnableIPv6":true,"IPAM":true,"Internal":true,"Attachable":true,"Ingress":true,"ConfigFrom":true,"ConfigOnly":true,"Containers":true,"Options":true,"Labels":true},"dynamicProps":false,"dynamicItems":false};


function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":{"Id":true,"Name":true,"Created":true,"Scope":true,"Driver":true,"EnableIPv6":true,"IPAM":true,"Internal":true,"Attachable":true,"Ingress":true,"ConfigFrom":true,"ConfigOnly":true,"Containers":true,"Options":true,"Labels":true},"dynamicProps":false,"dynamicItems":false};

export const v32 = validate75;
const schema106 = {"$ref":"spec#/paths/~1networks~1{network_id}~1connect/post/responses/200/content/application~1json/schema"};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 0){
const err0 = {instancePath,schemaPath:"spec#/paths/~1networks~1{network_id}~1connect/post/responses/200/content/application~1json/schema/maxProperties",keyword:"maxProperties",params:{limit: 0},message:"must NOT have more than 0 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"spec#/paths/~1networks~1{network_id}~1connect/post/responses/200/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v33 = validate76;
const schema108 = {"$ref":"spec#/paths/~1networks~1{network_id}~1disconnect/post/responses/200/content/application~1json/schema"};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 0){
const err0 = {instancePath,schemaPath:"spec#/paths/~1networks~1{network_id}~1disconnect/post/responses/200/content/application~1json/schema/maxProperties",keyword:"maxProperties",params:{limit: 0},message:"must NOT have more than 0 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"spec#/paths/~1networks~1{network_id}~1disconnect/post/responses/200/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v34 = validate77;
const schema110 = {"$ref":"spec#/paths/~1networks~1{network_id}~1inspect/get/responses/200/content/application~1json/schema"};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Name"},message:"must have required property '"+"Name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Driver === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Driver"},message:"must have required property '"+"Driver"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Scope === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Scope"},message:"must have required property '"+"Scope"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.Created === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Created"},message:"must have required property '"+"Created"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.IPAM === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "IPAM"},message:"must have required property '"+"IPAM"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.Containers === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Containers"},message:"must have required property '"+"Containers"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.Id !== undefined){
let data0 = data.Id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err7 = {instancePath:instancePath+"/Id",schemaPath:"#/properties/Id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/Id",schemaPath:"#/properties/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Name !== undefined){
if(typeof data.Name !== "string"){
const err9 = {instancePath:instancePath+"/Name",schemaPath:"#/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.Created !== undefined){
let data2 = data.Created;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err10 = {instancePath:instancePath+"/Created",schemaPath:"#/properties/Created/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/Created",schemaPath:"#/properties/Created/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.Scope !== undefined){
if(typeof data.Scope !== "string"){
const err12 = {instancePath:instancePath+"/Scope",schemaPath:"#/properties/Scope/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.Driver !== undefined){
if(typeof data.Driver !== "string"){
const err13 = {instancePath:instancePath+"/Driver",schemaPath:"#/properties/Driver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.EnableIPv6 !== undefined){
if(typeof data.EnableIPv6 !== "boolean"){
const err14 = {instancePath:instancePath+"/EnableIPv6",schemaPath:"#/properties/EnableIPv6/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.IPAM !== undefined){
if(!(validate53(data.IPAM, {instancePath:instancePath+"/IPAM",parentData:data,parentDataProperty:"IPAM",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.Internal !== undefined){
if(typeof data.Internal !== "boolean"){
const err15 = {instancePath:instancePath+"/Internal",schemaPath:"#/properties/Internal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.Attachable !== undefined){
if(typeof data.Attachable !== "boolean"){
const err16 = {instancePath:instancePath+"/Attachable",schemaPath:"#/properties/Attachable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.Ingress !== undefined){
if(typeof data.Ingress !== "boolean"){
const err17 = {instancePath:instancePath+"/Ingress",schemaPath:"#/properties/Ingress/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.ConfigFrom !== undefined){
let data10 = data.ConfigFrom;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.Network !== undefined){
if(typeof data10.Network !== "string"){
const err18 = {instancePath:instancePath+"/ConfigFrom/Network",schemaPath:"#/properties/ConfigFrom/properties/Network/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/ConfigFrom",schemaPath:"#/properties/ConfigFrom/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.ConfigOnly !== undefined){
if(typeof data.ConfigOnly !== "boolean"){
const err20 = {instancePath:instancePath+"/ConfigOnly",schemaPath:"#/properties/ConfigOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.Containers !== undefined){
let data13 = data.Containers;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key0 in data13){
let data14 = data13[key0];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.Name !== undefined){
if(typeof data14.Name !== "string"){
const err21 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/Name",schemaPath:"#/components/schemas/EndpointResource/properties/Name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data14.EndpointID !== undefined){
if(typeof data14.EndpointID !== "string"){
const err22 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/EndpointID",schemaPath:"#/components/schemas/EndpointResource/properties/EndpointID/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data14.MacAddress !== undefined){
if(typeof data14.MacAddress !== "string"){
const err23 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/MacAddress",schemaPath:"#/components/schemas/EndpointResource/properties/MacAddress/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data14.IPv4Address !== undefined){
if(typeof data14.IPv4Address !== "string"){
const err24 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/IPv4Address",schemaPath:"#/components/schemas/EndpointResource/properties/IPv4Address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data14.IPv6Address !== undefined){
if(typeof data14.IPv6Address !== "string"){
const err25 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/IPv6Address",schemaPath:"#/components/schemas/EndpointResource/properties/IPv6Address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/Containers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/EndpointResource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/Containers",schemaPath:"#/properties/Containers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.Options !== undefined){
let data20 = data.Options;
if((!(data20 && typeof data20 == "object" && !Array.isArray(data20))) && (data20 !== null)){
const err28 = {instancePath:instancePath+"/Options",schemaPath:"#/properties/Options/type",keyword:"type",params:{type: schema77.properties.Options.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key1 in data20){
if(typeof data20[key1] !== "string"){
const err29 = {instancePath:instancePath+"/Options/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Options/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
if(data.Labels !== undefined){
let data22 = data.Labels;
if((!(data22 && typeof data22 == "object" && !Array.isArray(data22))) && (data22 !== null)){
const err30 = {instancePath:instancePath+"/Labels",schemaPath:"#/properties/Labels/type",keyword:"type",params:{type: schema77.properties.Labels.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key2 in data22){
if(typeof data22[key2] !== "string"){
const err31 = {instancePath:instancePath+"/Labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":{"Id":true,"Name":true,"Created":true,"Scope":true,"Driver":true,"EnableIPv6":true,"IPAM":true,"Internal":true,"Attachable":true,"Ingress":true,"ConfigFrom":true,"ConfigOnly":true,"Containers":true,"Options":true,"Labels":true},"dynamicProps":false,"dynamicItems":false};


function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"props":{"Id":true,"Name":true,"Created":true,"Scope":true,"Driver":true,"EnableIPv6":true,"IPAM":true,"Internal":true,"Attachable":true,"Ingress":true,"ConfigFrom":true,"ConfigOnly":true,"Containers":true,"Options":true,"Labels":true},"dynamicProps":false,"dynamicItems":false};

export const v35 = validate81;
const schema113 = {"$ref":"spec#/paths/~1system/get/responses/200/content/application~1json/schema"};

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate81.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cpuCore === undefined){
const err0 = {instancePath,schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "cpuCore"},message:"must have required property '"+"cpuCore"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.cpuThread === undefined){
const err1 = {instancePath,schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "cpuThread"},message:"must have required property '"+"cpuThread"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.features === undefined){
const err2 = {instancePath,schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "features"},message:"must have required property '"+"features"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.hostname === undefined){
const err3 = {instancePath,schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "hostname"},message:"must have required property '"+"hostname"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.machine === undefined){
const err4 = {instancePath,schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "machine"},message:"must have required property '"+"machine"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.memoryPageSize === undefined){
const err5 = {instancePath,schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "memoryPageSize"},message:"must have required property '"+"memoryPageSize"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.processor === undefined){
const err6 = {instancePath,schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "processor"},message:"must have required property '"+"processor"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.cpuCore !== undefined){
let data0 = data.cpuCore;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err7 = {instancePath:instancePath+"/cpuCore",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/cpuCore/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.cpuThread !== undefined){
let data1 = data.cpuThread;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err8 = {instancePath:instancePath+"/cpuThread",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/cpuThread/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.features !== undefined){
let data2 = data.features;
if(!data2 || typeof data2 != "object"){
const err9 = {instancePath:instancePath+"/features",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/features/type",keyword:"type",params:{type: schema84.properties.features.type},message:"must be array,object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err10 = {instancePath:instancePath+"/features/" + i0,schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/features/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
if(data.gpu !== undefined){
let data4 = data.gpu;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.csMode !== undefined){
if(typeof data4.csMode !== "boolean"){
const err11 = {instancePath:instancePath+"/gpu/csMode",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/gpu/properties/csMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.device !== undefined){
if(!(Array.isArray(data4.device))){
const err12 = {instancePath:instancePath+"/gpu/device",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/gpu/properties/device/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.driverInstalled !== undefined){
if(typeof data4.driverInstalled !== "boolean"){
const err13 = {instancePath:instancePath+"/gpu/driverInstalled",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/gpu/properties/driverInstalled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/gpu",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/gpu/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.gpuchanged !== undefined){
if(typeof data.gpuchanged !== "boolean"){
const err15 = {instancePath:instancePath+"/gpuchanged",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/gpuchanged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.hostname !== undefined){
if(typeof data.hostname !== "string"){
const err16 = {instancePath:instancePath+"/hostname",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.isDevicemapper !== undefined){
if(typeof data.isDevicemapper !== "boolean"){
const err17 = {instancePath:instancePath+"/isDevicemapper",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/isDevicemapper/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.isSupportOverlay !== undefined){
if(typeof data.isSupportOverlay !== "boolean"){
const err18 = {instancePath:instancePath+"/isSupportOverlay",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/isSupportOverlay/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.machine !== undefined){
if(typeof data.machine !== "string"){
const err19 = {instancePath:instancePath+"/machine",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/machine/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.memory !== undefined){
let data13 = data.memory;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err20 = {instancePath:instancePath+"/memory",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/memory/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.memoryPageSize !== undefined){
let data14 = data.memoryPageSize;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err21 = {instancePath:instancePath+"/memoryPageSize",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/memoryPageSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.migrationDir !== undefined){
if(typeof data.migrationDir !== "string"){
const err22 = {instancePath:instancePath+"/migrationDir",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/migrationDir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.migrationDmStatus !== undefined){
if(typeof data.migrationDmStatus !== "string"){
const err23 = {instancePath:instancePath+"/migrationDmStatus",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/migrationDmStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.needRestart !== undefined){
if(typeof data.needRestart !== "boolean"){
const err24 = {instancePath:instancePath+"/needRestart",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/needRestart/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.platform !== undefined){
if(typeof data.platform !== "string"){
const err25 = {instancePath:instancePath+"/platform",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.processor !== undefined){
if(typeof data.processor !== "string"){
const err26 = {instancePath:instancePath+"/processor",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/processor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
const err27 = {instancePath:instancePath+"/status",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.storageDriver !== undefined){
if(typeof data.storageDriver !== "string"){
const err28 = {instancePath:instancePath+"/storageDriver",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/storageDriver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.uncleanFS !== undefined){
if(typeof data.uncleanFS !== "boolean"){
const err29 = {instancePath:instancePath+"/uncleanFS",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/uncleanFS/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.version !== undefined){
let data23 = data.version;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key0 in data23){
if(!(func1.call(schema84.properties.version.properties, key0))){
if(typeof data23[key0] !== "string"){
const err30 = {instancePath:instancePath+"/version/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/version/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data23.qpkg !== undefined){
if(typeof data23.qpkg !== "string"){
const err31 = {instancePath:instancePath+"/version/qpkg",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/version/properties/qpkg/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data23.firmware !== undefined){
if(typeof data23.firmware !== "string"){
const err32 = {instancePath:instancePath+"/version/firmware",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/version/properties/firmware/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data23.dockerVersion !== undefined){
if(typeof data23.dockerVersion !== "string"){
const err33 = {instancePath:instancePath+"/version/dockerVersion",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/version/properties/dockerVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data23.compose !== undefined){
if(typeof data23.compose !== "string"){
const err34 = {instancePath:instancePath+"/version/compose",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/version/properties/compose/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data23.lxc !== undefined){
if(typeof data23.lxc !== "string"){
const err35 = {instancePath:instancePath+"/version/lxc",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/version/properties/lxc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data23.lxd !== undefined){
if(typeof data23.lxd !== "string"){
const err36 = {instancePath:instancePath+"/version/lxd",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/version/properties/lxd/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data23.qpkgBuildDate !== undefined){
if(typeof data23.qpkgBuildDate !== "string"){
const err37 = {instancePath:instancePath+"/version/qpkgBuildDate",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/version/properties/qpkgBuildDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data23.lxcVersion !== undefined){
if(typeof data23.lxcVersion !== "string"){
const err38 = {instancePath:instancePath+"/version/lxcVersion",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/version/properties/lxcVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data23.web !== undefined){
if(typeof data23.web !== "string"){
const err39 = {instancePath:instancePath+"/version/web",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/version/properties/web/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/version",schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/properties/version/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"spec#/paths/~1system/get/responses/200/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"props":{"cpuCore":true,"cpuThread":true,"features":true,"gpu":true,"gpuchanged":true,"hostname":true,"isDevicemapper":true,"isSupportOverlay":true,"machine":true,"memory":true,"memoryPageSize":true,"migrationDir":true,"migrationDmStatus":true,"needRestart":true,"platform":true,"processor":true,"status":true,"storageDriver":true,"uncleanFS":true,"version":true},"dynamicProps":false,"dynamicItems":false};

export const byPointer = {
  "/components/responses/ConnectError/content/application~1json/schema": v0,
  "/components/responses/DisconnectError/content/application~1json/schema": v1,
  "/components/responses/InspectError/content/application~1json/schema": v2,
  "/components/responses/LoginError/content/application~1json/schema": v3,
  "/components/responses/NoSessionError/content/application~1json/schema": v4,
  "/components/responses/RemoveError/content/application~1json/schema": v5,
  "/components/schemas/ConnectRequest": v6,
  "/components/schemas/CreateNetworkRequest": v7,
  "/components/schemas/CreateNetworkResponse": v8,
  "/components/schemas/DisconnectRequest": v9,
  "/components/schemas/EmptyObject": v10,
  "/components/schemas/EndpointResource": v11,
  "/components/schemas/ErrorEnvelope": v12,
  "/components/schemas/IPAM": v13,
  "/components/schemas/IPAMConfig": v14,
  "/components/schemas/IPAMRequest": v15,
  "/components/schemas/LoginFormRequest": v16,
  "/components/schemas/LoginRequest": v17,
  "/components/schemas/LoginResponse": v18,
  "/components/schemas/LogoutResponse": v19,
  "/components/schemas/Network": v20,
  "/components/schemas/PruneResponse": v21,
  "/components/schemas/SystemInfo": v22,
  "/paths/~1login/post/responses/200/content/application~1json/schema": v23,
  "/paths/~1login_refresh/get/responses/200/content/application~1json/schema": v24,
  "/paths/~1logout/put/responses/200/content/application~1json/schema": v25,
  "/paths/~1networks/get/responses/200/content/application~1json/schema": v26,
  "/paths/~1networks/post/responses/200/content/application~1json/schema": v27,
  "/paths/~1networks/post/responses/4XX/content/application~1json/schema": v28,
  "/paths/~1networks~1/delete/responses/200/content/application~1json/schema": v29,
  "/paths/~1networks~1{network_id}/delete/responses/200/content/application~1json/schema": v30,
  "/paths/~1networks~1{network_id}/get/responses/200/content/application~1json/schema": v31,
  "/paths/~1networks~1{network_id}~1connect/post/responses/200/content/application~1json/schema": v32,
  "/paths/~1networks~1{network_id}~1disconnect/post/responses/200/content/application~1json/schema": v33,
  "/paths/~1networks~1{network_id}~1inspect/get/responses/200/content/application~1json/schema": v34,
  "/paths/~1system/get/responses/200/content/application~1json/schema": v35,
};
