// @ts-nocheck
// This file is generated from openapi/container-station.yaml by `npm run generate` (openapi/validators.ts).
// Never edit it by hand.
import { fullFormats } from 'ajv-formats/dist/formats.js';

export const v0 = validate20;
const schema31 = {"$ref":"spec#/components/responses/Error/content/application~1json/schema"};
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
const err0 = {instancePath,schemaPath:"spec#/components/responses/Error/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
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
const err1 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/Error/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/Error/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
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
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"spec#/components/responses/Error/content/application~1json/schema/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"spec#/components/responses/Error/content/application~1json/schema/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/Error/content/application~1json/schema/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err6 = {instancePath,schemaPath:"spec#/components/responses/Error/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const schema34 = {"$ref":"spec#/components/responses/NotFoundError/content/application~1json/schema"};

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
const err0 = {instancePath,schemaPath:"spec#/components/responses/NotFoundError/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
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
const err1 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/NotFoundError/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/NotFoundError/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
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
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"spec#/components/responses/NotFoundError/content/application~1json/schema/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"spec#/components/responses/NotFoundError/content/application~1json/schema/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/error",schemaPath:"spec#/components/responses/NotFoundError/content/application~1json/schema/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err6 = {instancePath,schemaPath:"spec#/components/responses/NotFoundError/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const schema36 = {"$ref":"spec#/components/schemas/ConnectRequest"};
const schema37 = {"type":"object","required":["container"],"properties":{"container":{"type":"string","description":"The container's id or name."}}};

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
if(data.container === undefined){
const err0 = {instancePath,schemaPath:"spec#/components/schemas/ConnectRequest/required",keyword:"required",params:{missingProperty: "container"},message:"must have required property '"+"container"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.container !== undefined){
if(typeof data.container !== "string"){
const err1 = {instancePath:instancePath+"/container",schemaPath:"spec#/components/schemas/ConnectRequest/properties/container/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err2 = {instancePath,schemaPath:"spec#/components/schemas/ConnectRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"container":true},"dynamicProps":false,"dynamicItems":false};

export const v3 = validate24;
const schema38 = {"$ref":"spec#/components/schemas/CreateNetworkRequest"};
const schema39 = {"type":"object","required":["name"],"properties":{"name":{"type":"string","description":"The new network's name; mandatory. The engine does not validate names beyond refusing an empty one."},"check_duplicate":{"type":"boolean","description":"Requests the daemon to check for networks with the same name. Without it the 20.10 engine creates a duplicate and answers a Warning.","x-cs-quirks":[{"id":"duplicate-allowed-without-check","summary":"Omitted or false, the 20.10 engine creates a duplicate and answers a Warning."}]},"driver":{"type":"string","description":"The network driver; defaults to `bridge`."},"internal":{"type":["boolean","string"],"description":"Restrict external access. Documented as a string; the engine takes a boolean.","x-cs-quirks":[{"id":"internal-documented-as-string","summary":"Documented as a string; the engine takes a boolean."}]},"ipam":{"$ref":"#/components/schemas/IPAM","description":"Optional custom IP scheme for the network (Docker's IPAM object, Docker's key casing)."},"enableIPv6":{"type":"boolean","description":"Enable IPv6 — documented as \"currently not supported\".","x-cs-quirks":[{"id":"enable-ipv6-not-supported","summary":"Documented as currently not supported."}]},"options":{"type":"object","description":"Network-specific options for the driver. **Never** set `com.docker.network.bridge.name` to the default bridge's name (`docker0`, `lxcbr0` on QNAP) or any bridge in use: the engine accepts it and corrupts the default bridge network.","additionalProperties":{"type":"string"},"x-cs-quirks":[{"id":"bridge-name-hazard","summary":"com.docker.network.bridge.name equal to the default bridge's name is accepted and corrupts the default bridge network; a wrapper should refuse it, a suite must never send it to a real target."}]},"labels":{"type":"object","description":"Labels as a map — documented as \"currently not supported\".","additionalProperties":{"type":"string"},"x-cs-quirks":[{"id":"labels-not-supported","summary":"Documented as currently not supported."}]}}};
const schema40 = {"type":"object","properties":{"Driver":{"type":"string","description":"`default`, even when an empty driver was sent."},"Config":{"type":["array","null"],"items":{"$ref":"#/components/schemas/IPAMConfig"}},"Options":{"type":["object","null"],"description":"null unless the client sent an Options object (then echoed; `{}` stays `{}`).","additionalProperties":{"type":"string"},"x-cs-quirks":[{"id":"ipam-options-null","summary":"null (not {}) unless an Options object was sent; predefined networks report null."}]}}};
const schema41 = {"type":"object","description":"One address pool. The engine echoes the request verbatim (no Gateway added, host bits kept); empty keys are omitted; a pool the daemon picked reports its Gateway.","properties":{"Subnet":{"type":"string"},"IPRange":{"type":"string"},"Gateway":{"type":"string","x-cs-quirks":[{"id":"gateway-cidr-in-old-versions","summary":"The 1.7.2224 capture (Docker 1.11) shows the gateway in CIDR form, e.g. 172.18.0.1/16."}]},"AuxiliaryAddresses":{"type":"object","additionalProperties":{"type":"string"}}}};

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
const err1 = {instancePath:instancePath+"/Config",schemaPath:"#/properties/Config/type",keyword:"type",params:{type: schema40.properties.Config.type},message:"must be array,null"};
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
const err8 = {instancePath:instancePath+"/Options",schemaPath:"#/properties/Options/type",keyword:"type",params:{type: schema40.properties.Options.type},message:"must be object,null"};
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
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"Driver":true,"Config":true,"Options":true},"dynamicProps":false,"dynamicItems":false};


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
const err4 = {instancePath:instancePath+"/internal",schemaPath:"#/properties/internal/type",keyword:"type",params:{type: schema39.properties.internal.type},message:"must be boolean,string"};
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
if(!(validate26(data.ipam, {instancePath:instancePath+"/ipam",parentData:data,parentDataProperty:"ipam",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"name":true,"check_duplicate":true,"driver":true,"internal":true,"ipam":true,"enableIPv6":true,"options":true,"labels":true},"dynamicProps":false,"dynamicItems":false};


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
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"name":true,"check_duplicate":true,"driver":true,"internal":true,"ipam":true,"enableIPv6":true,"options":true,"labels":true},"dynamicProps":false,"dynamicItems":false};

export const v4 = validate29;
const schema42 = {"$ref":"spec#/components/schemas/CreateNetworkResponse"};
const schema43 = {"type":"object","required":["Id","Warning"],"properties":{"Id":{"type":"string","description":"The new network's full Id (64 lowercase hex digits).","pattern":"^[0-9a-f]{64}$"},"Warning":{"type":"string","description":"Empty, or the engine's warning (e.g. a duplicate name created without check_duplicate)."}}};
const pattern4 = new RegExp("^[0-9a-f]{64}$", "u");

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
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"Id":true,"Warning":true},"dynamicProps":false,"dynamicItems":false};

export const v5 = validate30;
const schema44 = {"$ref":"spec#/components/schemas/DisconnectRequest"};
const schema45 = {"type":"object","required":["container"],"properties":{"container":{"type":"string","description":"The container's id or name."},"force":{"type":["boolean","string"],"description":"Documented as a string and \"currently not supported\"; the engine takes a boolean.","x-cs-quirks":[{"id":"force-documented-as-string","summary":"Documented as a string and currently not supported."}]},"forct":{"type":"boolean","deprecated":true,"description":"The typo for `force` in the documented example; ignored by the engine. Do not send it.","x-cs-quirks":[{"id":"disconnect-forct-typo","summary":"Present only because the documented request sends it."}]}}};

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
if(data.container === undefined){
const err0 = {instancePath,schemaPath:"spec#/components/schemas/DisconnectRequest/required",keyword:"required",params:{missingProperty: "container"},message:"must have required property '"+"container"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.container !== undefined){
if(typeof data.container !== "string"){
const err1 = {instancePath:instancePath+"/container",schemaPath:"spec#/components/schemas/DisconnectRequest/properties/container/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.force !== undefined){
let data1 = data.force;
if((typeof data1 !== "boolean") && (typeof data1 !== "string")){
const err2 = {instancePath:instancePath+"/force",schemaPath:"spec#/components/schemas/DisconnectRequest/properties/force/type",keyword:"type",params:{type: schema45.properties.force.type},message:"must be boolean,string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.forct !== undefined){
if(typeof data.forct !== "boolean"){
const err3 = {instancePath:instancePath+"/forct",schemaPath:"spec#/components/schemas/DisconnectRequest/properties/forct/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err4 = {instancePath,schemaPath:"spec#/components/schemas/DisconnectRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"container":true,"force":true,"forct":true},"dynamicProps":false,"dynamicItems":false};

export const v6 = validate31;
const schema46 = {"$ref":"spec#/components/schemas/EmptyObject"};
const schema47 = {"type":"object","description":"`{}` — what connect, disconnect and remove answer where the engine answers an empty body. Other keys are tolerated, but never a top-level `error` (that is the error envelope).","not":{"required":["error"]}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"spec#/components/schemas/EmptyObject/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs2 = errors;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var valid1 = _errs3 === errors;
if(valid1){
const err2 = {instancePath,schemaPath:"spec#/components/schemas/EmptyObject/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v7 = validate32;
const schema48 = {"$ref":"spec#/components/schemas/EndpointResource"};
const schema49 = {"type":"object","description":"A running container attached to the network (inspect only; the list always shows `{}`).","properties":{"Name":{"type":"string"},"EndpointID":{"type":"string"},"MacAddress":{"type":"string"},"IPv4Address":{"type":"string","description":"CIDR form, e.g. `192.168.64.2/20`."},"IPv6Address":{"type":"string"}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
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
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"Name":true,"EndpointID":true,"MacAddress":true,"IPv4Address":true,"IPv6Address":true},"dynamicProps":false,"dynamicItems":false};

export const v8 = validate33;
const schema50 = {"$ref":"spec#/components/schemas/ErrorEnvelope"};

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
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

export const v9 = validate34;
const schema52 = {"$ref":"spec#/components/schemas/IPAM"};

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
const err1 = {instancePath:instancePath+"/Config",schemaPath:"#/properties/Config/type",keyword:"type",params:{type: schema40.properties.Config.type},message:"must be array,null"};
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
const err8 = {instancePath:instancePath+"/Options",schemaPath:"#/properties/Options/type",keyword:"type",params:{type: schema40.properties.Options.type},message:"must be object,null"};
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
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":{"Driver":true,"Config":true,"Options":true},"dynamicProps":false,"dynamicItems":false};


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
if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":{"Driver":true,"Config":true,"Options":true},"dynamicProps":false,"dynamicItems":false};

export const v10 = validate37;
const schema55 = {"$ref":"spec#/components/schemas/IPAMConfig"};

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
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"Subnet":true,"IPRange":true,"Gateway":true,"AuxiliaryAddresses":true},"dynamicProps":false,"dynamicItems":false};

export const v11 = validate38;
const schema57 = {"$ref":"spec#/components/schemas/LoginRequest"};
const schema58 = {"oneOf":[{"type":"object","title":"PasswordLogin","required":["username","password"],"properties":{"username":{"type":"string"},"password":{"type":"string","format":"password"}}},{"type":"object","title":"SidLogin","required":["sid"],"properties":{"sid":{"type":"string","description":"A QTS session id, for accounts with 2-step verification."}}}]};

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
validate38.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate38.evaluated = {"dynamicProps":true,"dynamicItems":false};

export const v12 = validate39;
const schema59 = {"$ref":"spec#/components/schemas/LoginResponse"};
const schema60 = {"type":"object","required":["username"],"properties":{"anonymous":{"type":"boolean"},"isAdmin":{"type":"boolean","description":"Whether the user is in the administrators group."},"isVm":{"type":"boolean","description":"Shown by the 1.6-era documentation only."},"logintime":{"type":"string","description":"`YYYY-MM-DD HH:MM:SS`, no zone."},"username":{"type":"string","description":"The user that logged in."}}};

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
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":{"anonymous":true,"isAdmin":true,"isVm":true,"logintime":true,"username":true},"dynamicProps":false,"dynamicItems":false};

export const v13 = validate40;
const schema61 = {"$ref":"spec#/components/schemas/LogoutResponse"};
const schema62 = {"type":"object","required":["username"],"properties":{"username":{"type":"string","description":"The user whose session ended."}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
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
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":{"username":true},"dynamicProps":false,"dynamicItems":false};

export const v14 = validate41;
const schema63 = {"$ref":"spec#/components/schemas/Network"};
const schema64 = {"type":"object","description":"A Docker-native network object (pass-through). Firmware versions may add fields.","required":["Id","Name","Driver","Scope","Created","IPAM","Containers"],"x-cs-quirks":[{"id":"old-captures-differ","summary":"The 1.7.2224 captures (Docker 1.11) lack Created, Attachable, ConfigFrom and similar keys and show CIDR gateways; this schema describes 2.4."}],"properties":{"Id":{"type":"string","description":"64 lowercase hex digits.","pattern":"^[0-9a-f]{64}$"},"Name":{"type":"string"},"Created":{"type":"string","format":"date-time","description":"RFC 3339 with a variable number of fraction digits (trailing zeros dropped) and the daemon's zone (`+08:00` in the captures, `Z` on a UTC host). Parse it; never match a fixed width.","x-cs-quirks":[{"id":"created-fraction-digits","summary":"The number of fraction digits varies (trailing zeros are dropped); parse as a date-time."}]},"Scope":{"type":"string"},"Driver":{"type":"string","description":"`bridge`, `host`, `null` (the `none` network) or a plugin such as `qnet`."},"EnableIPv6":{"type":"boolean"},"IPAM":{"$ref":"#/components/schemas/IPAM"},"Internal":{"type":"boolean"},"Attachable":{"type":"boolean"},"Ingress":{"type":"boolean"},"ConfigFrom":{"type":"object","properties":{"Network":{"type":"string"}}},"ConfigOnly":{"type":"boolean"},"Containers":{"type":"object","description":"Keyed by container Id; running containers only, and always `{}` in the list.","additionalProperties":{"$ref":"#/components/schemas/EndpointResource"},"x-cs-quirks":[{"id":"containers-empty-in-list","summary":"Always {} in the list; only inspect fills it."},{"id":"containers-only-running","summary":"Created-but-not-running containers never appear, even after connect."}]},"Options":{"type":["object","null"],"description":"Driver options; every value is a string.","additionalProperties":{"type":"string"}},"Labels":{"type":["object","null"],"additionalProperties":{"type":"string"}}}};
const formats0 = fullFormats["date-time"];

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
if(!(validate26(data.IPAM, {instancePath:instancePath+"/IPAM",parentData:data,parentDataProperty:"IPAM",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
const err28 = {instancePath:instancePath+"/Options",schemaPath:"#/properties/Options/type",keyword:"type",params:{type: schema64.properties.Options.type},message:"must be object,null"};
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
const err30 = {instancePath:instancePath+"/Labels",schemaPath:"#/properties/Labels/type",keyword:"type",params:{type: schema64.properties.Labels.type},message:"must be object,null"};
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
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":{"Id":true,"Name":true,"Created":true,"Scope":true,"Driver":true,"EnableIPv6":true,"IPAM":true,"Internal":true,"Attachable":true,"Ingress":true,"ConfigFrom":true,"ConfigOnly":true,"Containers":true,"Options":true,"Labels":true},"dynamicProps":false,"dynamicItems":false};


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
if(!(validate42(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":{"Id":true,"Name":true,"Created":true,"Scope":true,"Driver":true,"EnableIPv6":true,"IPAM":true,"Internal":true,"Attachable":true,"Ingress":true,"ConfigFrom":true,"ConfigOnly":true,"Containers":true,"Options":true,"Labels":true},"dynamicProps":false,"dynamicItems":false};

export const v15 = validate45;
const schema66 = {"$ref":"spec#/components/schemas/PruneResponse"};
const schema67 = {"type":"object","required":["NetworksDeleted"],"properties":{"NetworksDeleted":{"type":["array","null"],"description":"Names (not Ids) of the removed networks, which may repeat, or null when nothing was removed.","items":{"type":"string"},"x-cs-quirks":[{"id":"prune-null-when-empty","summary":"null, not [], when nothing was removed (accept [] too)."}]}}};

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
const err1 = {instancePath:instancePath+"/NetworksDeleted",schemaPath:"spec#/components/schemas/PruneResponse/properties/NetworksDeleted/type",keyword:"type",params:{type: schema67.properties.NetworksDeleted.type},message:"must be array,null"};
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
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":{"NetworksDeleted":true},"dynamicProps":false,"dynamicItems":false};

export const v16 = validate46;
const schema68 = {"$ref":"spec#/components/schemas/SystemInfo"};
const schema69 = {"type":"object","properties":{"cpuCore":{"type":"integer","description":"CPU core count."},"cpuThread":{"type":"integer","description":"Total CPU thread count."},"features":{"type":["array","object"],"description":"Supported features, e.g. `lxd`, `net_bridge`. Documented as an object; captured as an array of strings.","items":{"type":"string"},"x-cs-quirks":[{"id":"system-features-documented-as-object","summary":"Documented as an object; the capture shows an array of strings (including \"\")."}]},"gpu":{"type":"object","properties":{"csMode":{"type":"boolean"},"device":{"type":"array","description":"GPU devices (empty in the capture; the item shape is undocumented).","items":{}},"driverInstalled":{"type":"boolean"}}},"gpuchanged":{"type":"boolean"},"hostname":{"type":"string","description":"Device hostname."},"isDevicemapper":{"type":"boolean"},"isSupportOverlay":{"type":"boolean"},"machine":{"type":"string","description":"Machine type, e.g. `x86_64`, `armv7l` (`amd64` in the capture); empty if it cannot be determined."},"memory":{"type":"integer"},"memoryPageSize":{"type":"integer","description":"Memory page size."},"migrationDir":{"type":"string"},"migrationDmStatus":{"type":"string"},"needRestart":{"type":"boolean"},"platform":{"type":"string","description":"`qts` in the capture."},"processor":{"type":"string","description":"Processor information."},"status":{"type":"string","description":"`running` in the capture."},"storageDriver":{"type":"string"},"uncleanFS":{"type":"boolean"},"version":{"type":"object","description":"Version of Docker, LXC, LXD and Container Station; keys vary by release (`web`, `lxcVersion` before 2.4).","x-cs-quirks":[{"id":"system-version-keys-vary","summary":"web and lxcVersion before 2.4; lxc, lxd and compose from 2.4; firmware from 1.8; qpkgBuildDate from 2.2."}],"properties":{"qpkg":{"type":"string","description":"The Container Station version."},"firmware":{"type":"string"},"dockerVersion":{"type":"string"},"compose":{"type":"string"},"lxc":{"type":"string"},"lxd":{"type":"string"},"qpkgBuildDate":{"type":"string","description":"`YYYY/MM/DD` in the capture."},"lxcVersion":{"type":"string","description":"Before 2.4 (renamed `lxc`)."},"web":{"type":"string","description":"Before 2.4 (the Container Station version, e.g. `v1.7.2224`)."}},"additionalProperties":{"type":"string"}}}};
const func1 = Object.prototype.hasOwnProperty;

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cpuCore !== undefined){
let data0 = data.cpuCore;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err0 = {instancePath:instancePath+"/cpuCore",schemaPath:"spec#/components/schemas/SystemInfo/properties/cpuCore/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.cpuThread !== undefined){
let data1 = data.cpuThread;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err1 = {instancePath:instancePath+"/cpuThread",schemaPath:"spec#/components/schemas/SystemInfo/properties/cpuThread/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.features !== undefined){
let data2 = data.features;
if(!data2 || typeof data2 != "object"){
const err2 = {instancePath:instancePath+"/features",schemaPath:"spec#/components/schemas/SystemInfo/properties/features/type",keyword:"type",params:{type: schema69.properties.features.type},message:"must be array,object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err3 = {instancePath:instancePath+"/features/" + i0,schemaPath:"spec#/components/schemas/SystemInfo/properties/features/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
if(data.gpu !== undefined){
let data4 = data.gpu;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.csMode !== undefined){
if(typeof data4.csMode !== "boolean"){
const err4 = {instancePath:instancePath+"/gpu/csMode",schemaPath:"spec#/components/schemas/SystemInfo/properties/gpu/properties/csMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data4.device !== undefined){
if(!(Array.isArray(data4.device))){
const err5 = {instancePath:instancePath+"/gpu/device",schemaPath:"spec#/components/schemas/SystemInfo/properties/gpu/properties/device/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data4.driverInstalled !== undefined){
if(typeof data4.driverInstalled !== "boolean"){
const err6 = {instancePath:instancePath+"/gpu/driverInstalled",schemaPath:"spec#/components/schemas/SystemInfo/properties/gpu/properties/driverInstalled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err7 = {instancePath:instancePath+"/gpu",schemaPath:"spec#/components/schemas/SystemInfo/properties/gpu/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.gpuchanged !== undefined){
if(typeof data.gpuchanged !== "boolean"){
const err8 = {instancePath:instancePath+"/gpuchanged",schemaPath:"spec#/components/schemas/SystemInfo/properties/gpuchanged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.hostname !== undefined){
if(typeof data.hostname !== "string"){
const err9 = {instancePath:instancePath+"/hostname",schemaPath:"spec#/components/schemas/SystemInfo/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.isDevicemapper !== undefined){
if(typeof data.isDevicemapper !== "boolean"){
const err10 = {instancePath:instancePath+"/isDevicemapper",schemaPath:"spec#/components/schemas/SystemInfo/properties/isDevicemapper/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.isSupportOverlay !== undefined){
if(typeof data.isSupportOverlay !== "boolean"){
const err11 = {instancePath:instancePath+"/isSupportOverlay",schemaPath:"spec#/components/schemas/SystemInfo/properties/isSupportOverlay/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.machine !== undefined){
if(typeof data.machine !== "string"){
const err12 = {instancePath:instancePath+"/machine",schemaPath:"spec#/components/schemas/SystemInfo/properties/machine/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.memory !== undefined){
let data13 = data.memory;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err13 = {instancePath:instancePath+"/memory",schemaPath:"spec#/components/schemas/SystemInfo/properties/memory/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.memoryPageSize !== undefined){
let data14 = data.memoryPageSize;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err14 = {instancePath:instancePath+"/memoryPageSize",schemaPath:"spec#/components/schemas/SystemInfo/properties/memoryPageSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.migrationDir !== undefined){
if(typeof data.migrationDir !== "string"){
const err15 = {instancePath:instancePath+"/migrationDir",schemaPath:"spec#/components/schemas/SystemInfo/properties/migrationDir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.migrationDmStatus !== undefined){
if(typeof data.migrationDmStatus !== "string"){
const err16 = {instancePath:instancePath+"/migrationDmStatus",schemaPath:"spec#/components/schemas/SystemInfo/properties/migrationDmStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.needRestart !== undefined){
if(typeof data.needRestart !== "boolean"){
const err17 = {instancePath:instancePath+"/needRestart",schemaPath:"spec#/components/schemas/SystemInfo/properties/needRestart/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.platform !== undefined){
if(typeof data.platform !== "string"){
const err18 = {instancePath:instancePath+"/platform",schemaPath:"spec#/components/schemas/SystemInfo/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.processor !== undefined){
if(typeof data.processor !== "string"){
const err19 = {instancePath:instancePath+"/processor",schemaPath:"spec#/components/schemas/SystemInfo/properties/processor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
const err20 = {instancePath:instancePath+"/status",schemaPath:"spec#/components/schemas/SystemInfo/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.storageDriver !== undefined){
if(typeof data.storageDriver !== "string"){
const err21 = {instancePath:instancePath+"/storageDriver",schemaPath:"spec#/components/schemas/SystemInfo/properties/storageDriver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.uncleanFS !== undefined){
if(typeof data.uncleanFS !== "boolean"){
const err22 = {instancePath:instancePath+"/uncleanFS",schemaPath:"spec#/components/schemas/SystemInfo/properties/uncleanFS/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.version !== undefined){
let data23 = data.version;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key0 in data23){
if(!(func1.call(schema69.properties.version.properties, key0))){
if(typeof data23[key0] !== "string"){
const err23 = {instancePath:instancePath+"/version/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"spec#/components/schemas/SystemInfo/properties/version/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data23.qpkg !== undefined){
if(typeof data23.qpkg !== "string"){
const err24 = {instancePath:instancePath+"/version/qpkg",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/qpkg/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data23.firmware !== undefined){
if(typeof data23.firmware !== "string"){
const err25 = {instancePath:instancePath+"/version/firmware",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/firmware/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data23.dockerVersion !== undefined){
if(typeof data23.dockerVersion !== "string"){
const err26 = {instancePath:instancePath+"/version/dockerVersion",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/dockerVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data23.compose !== undefined){
if(typeof data23.compose !== "string"){
const err27 = {instancePath:instancePath+"/version/compose",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/compose/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data23.lxc !== undefined){
if(typeof data23.lxc !== "string"){
const err28 = {instancePath:instancePath+"/version/lxc",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/lxc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data23.lxd !== undefined){
if(typeof data23.lxd !== "string"){
const err29 = {instancePath:instancePath+"/version/lxd",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/lxd/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data23.qpkgBuildDate !== undefined){
if(typeof data23.qpkgBuildDate !== "string"){
const err30 = {instancePath:instancePath+"/version/qpkgBuildDate",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/qpkgBuildDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data23.lxcVersion !== undefined){
if(typeof data23.lxcVersion !== "string"){
const err31 = {instancePath:instancePath+"/version/lxcVersion",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/lxcVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data23.web !== undefined){
if(typeof data23.web !== "string"){
const err32 = {instancePath:instancePath+"/version/web",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/properties/web/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/version",schemaPath:"spec#/components/schemas/SystemInfo/properties/version/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"spec#/components/schemas/SystemInfo/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":{"cpuCore":true,"cpuThread":true,"features":true,"gpu":true,"gpuchanged":true,"hostname":true,"isDevicemapper":true,"isSupportOverlay":true,"machine":true,"memory":true,"memoryPageSize":true,"migrationDir":true,"migrationDmStatus":true,"needRestart":true,"platform":true,"processor":true,"status":true,"storageDriver":true,"uncleanFS":true,"version":true},"dynamicProps":false,"dynamicItems":false};

export const v17 = validate47;
const schema70 = {"$ref":"spec#/paths/~1login/post/responses/2XX/content/application~1json/schema"};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.username === undefined){
const err0 = {instancePath,schemaPath:"spec#/paths/~1login/post/responses/2XX/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
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
const err1 = {instancePath:instancePath+"/anonymous",schemaPath:"spec#/paths/~1login/post/responses/2XX/content/application~1json/schema/properties/anonymous/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err2 = {instancePath:instancePath+"/isAdmin",schemaPath:"spec#/paths/~1login/post/responses/2XX/content/application~1json/schema/properties/isAdmin/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err3 = {instancePath:instancePath+"/isVm",schemaPath:"spec#/paths/~1login/post/responses/2XX/content/application~1json/schema/properties/isVm/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err4 = {instancePath:instancePath+"/logintime",schemaPath:"spec#/paths/~1login/post/responses/2XX/content/application~1json/schema/properties/logintime/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/username",schemaPath:"spec#/paths/~1login/post/responses/2XX/content/application~1json/schema/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err6 = {instancePath,schemaPath:"spec#/paths/~1login/post/responses/2XX/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":{"anonymous":true,"isAdmin":true,"isVm":true,"logintime":true,"username":true},"dynamicProps":false,"dynamicItems":false};

export const v18 = validate48;
const schema72 = {"$ref":"spec#/paths/~1login_refresh/get/responses/2XX/content/application~1json/schema"};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.username === undefined){
const err0 = {instancePath,schemaPath:"spec#/paths/~1login_refresh/get/responses/2XX/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
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
const err1 = {instancePath:instancePath+"/anonymous",schemaPath:"spec#/paths/~1login_refresh/get/responses/2XX/content/application~1json/schema/properties/anonymous/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err2 = {instancePath:instancePath+"/isAdmin",schemaPath:"spec#/paths/~1login_refresh/get/responses/2XX/content/application~1json/schema/properties/isAdmin/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err3 = {instancePath:instancePath+"/isVm",schemaPath:"spec#/paths/~1login_refresh/get/responses/2XX/content/application~1json/schema/properties/isVm/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err4 = {instancePath:instancePath+"/logintime",schemaPath:"spec#/paths/~1login_refresh/get/responses/2XX/content/application~1json/schema/properties/logintime/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/username",schemaPath:"spec#/paths/~1login_refresh/get/responses/2XX/content/application~1json/schema/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err6 = {instancePath,schemaPath:"spec#/paths/~1login_refresh/get/responses/2XX/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":{"anonymous":true,"isAdmin":true,"isVm":true,"logintime":true,"username":true},"dynamicProps":false,"dynamicItems":false};

export const v19 = validate49;
const schema74 = {"$ref":"spec#/paths/~1logout/put/responses/2XX/content/application~1json/schema"};

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
const err0 = {instancePath,schemaPath:"spec#/paths/~1logout/put/responses/2XX/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
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
const err1 = {instancePath:instancePath+"/username",schemaPath:"spec#/paths/~1logout/put/responses/2XX/content/application~1json/schema/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err2 = {instancePath,schemaPath:"spec#/paths/~1logout/put/responses/2XX/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":{"username":true},"dynamicProps":false,"dynamicItems":false};

export const v20 = validate50;
const schema76 = {"$ref":"spec#/paths/~1networks/get/responses/2XX/content/application~1json/schema"};
const schema77 = {"type":"array","items":{"$ref":"#/components/schemas/Network"}};

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
if(!(validate26(data.IPAM, {instancePath:instancePath+"/IPAM",parentData:data,parentDataProperty:"IPAM",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
const err28 = {instancePath:instancePath+"/Options",schemaPath:"#/properties/Options/type",keyword:"type",params:{type: schema64.properties.Options.type},message:"must be object,null"};
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
const err30 = {instancePath:instancePath+"/Labels",schemaPath:"#/properties/Labels/type",keyword:"type",params:{type: schema64.properties.Labels.type},message:"must be object,null"};
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
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate52(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
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
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


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
if(!(validate51(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

export const v21 = validate56;
const schema80 = {"$ref":"spec#/paths/~1networks/post/responses/2XX/content/application~1json/schema"};

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
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"spec#/paths/~1networks/post/responses/2XX/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Warning === undefined){
const err1 = {instancePath,schemaPath:"spec#/paths/~1networks/post/responses/2XX/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "Warning"},message:"must have required property '"+"Warning"+"'"};
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
const err2 = {instancePath:instancePath+"/Id",schemaPath:"spec#/paths/~1networks/post/responses/2XX/content/application~1json/schema/properties/Id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err3 = {instancePath:instancePath+"/Id",schemaPath:"spec#/paths/~1networks/post/responses/2XX/content/application~1json/schema/properties/Id/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err4 = {instancePath:instancePath+"/Warning",schemaPath:"spec#/paths/~1networks/post/responses/2XX/content/application~1json/schema/properties/Warning/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath,schemaPath:"spec#/paths/~1networks/post/responses/2XX/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":{"Id":true,"Warning":true},"dynamicProps":false,"dynamicItems":false};

export const v22 = validate57;
const schema82 = {"$ref":"spec#/paths/~1networks/post/responses/4XX/content/application~1json/schema"};

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
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

export const v23 = validate58;
const schema84 = {"$ref":"spec#/paths/~1networks/post/responses/default/content/application~1json/schema"};

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
if(data.error === undefined){
const err0 = {instancePath,schemaPath:"spec#/paths/~1networks/post/responses/default/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "error"},message:"must have required property '"+"error"+"'"};
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
const err1 = {instancePath:instancePath+"/error",schemaPath:"spec#/paths/~1networks/post/responses/default/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.message === undefined){
const err2 = {instancePath:instancePath+"/error",schemaPath:"spec#/paths/~1networks/post/responses/default/content/application~1json/schema/properties/error/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
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
const err3 = {instancePath:instancePath+"/error/code",schemaPath:"spec#/paths/~1networks/post/responses/default/content/application~1json/schema/properties/error/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err4 = {instancePath:instancePath+"/error/message",schemaPath:"spec#/paths/~1networks/post/responses/default/content/application~1json/schema/properties/error/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err5 = {instancePath:instancePath+"/error",schemaPath:"spec#/paths/~1networks/post/responses/default/content/application~1json/schema/properties/error/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err6 = {instancePath,schemaPath:"spec#/paths/~1networks/post/responses/default/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
validate58.evaluated = {"props":{"error":true},"dynamicProps":false,"dynamicItems":false};

export const v24 = validate59;
const schema86 = {"$ref":"spec#/paths/~1networks~1/delete/responses/2XX/content/application~1json/schema"};

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
if(data.NetworksDeleted === undefined){
const err0 = {instancePath,schemaPath:"spec#/paths/~1networks~1/delete/responses/2XX/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "NetworksDeleted"},message:"must have required property '"+"NetworksDeleted"+"'"};
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
const err1 = {instancePath:instancePath+"/NetworksDeleted",schemaPath:"spec#/paths/~1networks~1/delete/responses/2XX/content/application~1json/schema/properties/NetworksDeleted/type",keyword:"type",params:{type: schema67.properties.NetworksDeleted.type},message:"must be array,null"};
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
const err2 = {instancePath:instancePath+"/NetworksDeleted/" + i0,schemaPath:"spec#/paths/~1networks~1/delete/responses/2XX/content/application~1json/schema/properties/NetworksDeleted/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err3 = {instancePath,schemaPath:"spec#/paths/~1networks~1/delete/responses/2XX/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":{"NetworksDeleted":true},"dynamicProps":false,"dynamicItems":false};

export const v25 = validate60;
const schema88 = {"$ref":"spec#/paths/~1networks~1{network_id}/delete/responses/2XX/content/application~1json/schema"};

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
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"spec#/paths/~1networks~1{network_id}/delete/responses/2XX/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs2 = errors;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var valid1 = _errs3 === errors;
if(valid1){
const err2 = {instancePath,schemaPath:"spec#/paths/~1networks~1{network_id}/delete/responses/2XX/content/application~1json/schema/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v26 = validate61;
const schema90 = {"$ref":"spec#/paths/~1networks~1{network_id}/get/responses/2XX/content/application~1json/schema"};

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
if(!(validate26(data.IPAM, {instancePath:instancePath+"/IPAM",parentData:data,parentDataProperty:"IPAM",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
const err28 = {instancePath:instancePath+"/Options",schemaPath:"#/properties/Options/type",keyword:"type",params:{type: schema64.properties.Options.type},message:"must be object,null"};
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
const err30 = {instancePath:instancePath+"/Labels",schemaPath:"#/properties/Labels/type",keyword:"type",params:{type: schema64.properties.Labels.type},message:"must be object,null"};
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
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":{"Id":true,"Name":true,"Created":true,"Scope":true,"Driver":true,"EnableIPv6":true,"IPAM":true,"Internal":true,"Attachable":true,"Ingress":true,"ConfigFrom":true,"ConfigOnly":true,"Containers":true,"Options":true,"Labels":true},"dynamicProps":false,"dynamicItems":false};


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
validate61.evaluated = {"props":{"Id":true,"Name":true,"Created":true,"Scope":true,"Driver":true,"EnableIPv6":true,"IPAM":true,"Internal":true,"Attachable":true,"Ingress":true,"ConfigFrom":true,"ConfigOnly":true,"Containers":true,"Options":true,"Labels":true},"dynamicProps":false,"dynamicItems":false};

export const v27 = validate65;
const schema93 = {"$ref":"spec#/paths/~1networks~1{network_id}~1connect/post/responses/2XX/content/application~1json/schema"};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"spec#/paths/~1networks~1{network_id}~1connect/post/responses/2XX/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs2 = errors;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var valid1 = _errs3 === errors;
if(valid1){
const err2 = {instancePath,schemaPath:"spec#/paths/~1networks~1{network_id}~1connect/post/responses/2XX/content/application~1json/schema/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v28 = validate66;
const schema95 = {"$ref":"spec#/paths/~1networks~1{network_id}~1disconnect/post/responses/2XX/content/application~1json/schema"};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"spec#/paths/~1networks~1{network_id}~1disconnect/post/responses/2XX/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs2 = errors;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var valid1 = _errs3 === errors;
if(valid1){
const err2 = {instancePath,schemaPath:"spec#/paths/~1networks~1{network_id}~1disconnect/post/responses/2XX/content/application~1json/schema/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const v29 = validate67;
const schema97 = {"$ref":"spec#/paths/~1networks~1{network_id}~1inspect/get/responses/2XX/content/application~1json/schema"};

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
if(!(validate26(data.IPAM, {instancePath:instancePath+"/IPAM",parentData:data,parentDataProperty:"IPAM",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
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
const err28 = {instancePath:instancePath+"/Options",schemaPath:"#/properties/Options/type",keyword:"type",params:{type: schema64.properties.Options.type},message:"must be object,null"};
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
const err30 = {instancePath:instancePath+"/Labels",schemaPath:"#/properties/Labels/type",keyword:"type",params:{type: schema64.properties.Labels.type},message:"must be object,null"};
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
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":{"Id":true,"Name":true,"Created":true,"Scope":true,"Driver":true,"EnableIPv6":true,"IPAM":true,"Internal":true,"Attachable":true,"Ingress":true,"ConfigFrom":true,"ConfigOnly":true,"Containers":true,"Options":true,"Labels":true},"dynamicProps":false,"dynamicItems":false};


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
if(!(validate68(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":{"Id":true,"Name":true,"Created":true,"Scope":true,"Driver":true,"EnableIPv6":true,"IPAM":true,"Internal":true,"Attachable":true,"Ingress":true,"ConfigFrom":true,"ConfigOnly":true,"Containers":true,"Options":true,"Labels":true},"dynamicProps":false,"dynamicItems":false};

export const v30 = validate71;
const schema100 = {"$ref":"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema"};

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.cpuCore !== undefined){
let data0 = data.cpuCore;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err0 = {instancePath:instancePath+"/cpuCore",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/cpuCore/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.cpuThread !== undefined){
let data1 = data.cpuThread;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err1 = {instancePath:instancePath+"/cpuThread",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/cpuThread/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.features !== undefined){
let data2 = data.features;
if(!data2 || typeof data2 != "object"){
const err2 = {instancePath:instancePath+"/features",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/features/type",keyword:"type",params:{type: schema69.properties.features.type},message:"must be array,object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err3 = {instancePath:instancePath+"/features/" + i0,schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/features/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
if(data.gpu !== undefined){
let data4 = data.gpu;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.csMode !== undefined){
if(typeof data4.csMode !== "boolean"){
const err4 = {instancePath:instancePath+"/gpu/csMode",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/gpu/properties/csMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data4.device !== undefined){
if(!(Array.isArray(data4.device))){
const err5 = {instancePath:instancePath+"/gpu/device",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/gpu/properties/device/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data4.driverInstalled !== undefined){
if(typeof data4.driverInstalled !== "boolean"){
const err6 = {instancePath:instancePath+"/gpu/driverInstalled",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/gpu/properties/driverInstalled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err7 = {instancePath:instancePath+"/gpu",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/gpu/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.gpuchanged !== undefined){
if(typeof data.gpuchanged !== "boolean"){
const err8 = {instancePath:instancePath+"/gpuchanged",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/gpuchanged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.hostname !== undefined){
if(typeof data.hostname !== "string"){
const err9 = {instancePath:instancePath+"/hostname",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.isDevicemapper !== undefined){
if(typeof data.isDevicemapper !== "boolean"){
const err10 = {instancePath:instancePath+"/isDevicemapper",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/isDevicemapper/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.isSupportOverlay !== undefined){
if(typeof data.isSupportOverlay !== "boolean"){
const err11 = {instancePath:instancePath+"/isSupportOverlay",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/isSupportOverlay/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.machine !== undefined){
if(typeof data.machine !== "string"){
const err12 = {instancePath:instancePath+"/machine",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/machine/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.memory !== undefined){
let data13 = data.memory;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err13 = {instancePath:instancePath+"/memory",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/memory/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.memoryPageSize !== undefined){
let data14 = data.memoryPageSize;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err14 = {instancePath:instancePath+"/memoryPageSize",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/memoryPageSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.migrationDir !== undefined){
if(typeof data.migrationDir !== "string"){
const err15 = {instancePath:instancePath+"/migrationDir",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/migrationDir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.migrationDmStatus !== undefined){
if(typeof data.migrationDmStatus !== "string"){
const err16 = {instancePath:instancePath+"/migrationDmStatus",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/migrationDmStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.needRestart !== undefined){
if(typeof data.needRestart !== "boolean"){
const err17 = {instancePath:instancePath+"/needRestart",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/needRestart/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.platform !== undefined){
if(typeof data.platform !== "string"){
const err18 = {instancePath:instancePath+"/platform",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.processor !== undefined){
if(typeof data.processor !== "string"){
const err19 = {instancePath:instancePath+"/processor",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/processor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.status !== undefined){
if(typeof data.status !== "string"){
const err20 = {instancePath:instancePath+"/status",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.storageDriver !== undefined){
if(typeof data.storageDriver !== "string"){
const err21 = {instancePath:instancePath+"/storageDriver",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/storageDriver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.uncleanFS !== undefined){
if(typeof data.uncleanFS !== "boolean"){
const err22 = {instancePath:instancePath+"/uncleanFS",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/uncleanFS/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.version !== undefined){
let data23 = data.version;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key0 in data23){
if(!(func1.call(schema69.properties.version.properties, key0))){
if(typeof data23[key0] !== "string"){
const err23 = {instancePath:instancePath+"/version/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/version/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data23.qpkg !== undefined){
if(typeof data23.qpkg !== "string"){
const err24 = {instancePath:instancePath+"/version/qpkg",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/version/properties/qpkg/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data23.firmware !== undefined){
if(typeof data23.firmware !== "string"){
const err25 = {instancePath:instancePath+"/version/firmware",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/version/properties/firmware/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data23.dockerVersion !== undefined){
if(typeof data23.dockerVersion !== "string"){
const err26 = {instancePath:instancePath+"/version/dockerVersion",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/version/properties/dockerVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data23.compose !== undefined){
if(typeof data23.compose !== "string"){
const err27 = {instancePath:instancePath+"/version/compose",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/version/properties/compose/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data23.lxc !== undefined){
if(typeof data23.lxc !== "string"){
const err28 = {instancePath:instancePath+"/version/lxc",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/version/properties/lxc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data23.lxd !== undefined){
if(typeof data23.lxd !== "string"){
const err29 = {instancePath:instancePath+"/version/lxd",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/version/properties/lxd/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data23.qpkgBuildDate !== undefined){
if(typeof data23.qpkgBuildDate !== "string"){
const err30 = {instancePath:instancePath+"/version/qpkgBuildDate",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/version/properties/qpkgBuildDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data23.lxcVersion !== undefined){
if(typeof data23.lxcVersion !== "string"){
const err31 = {instancePath:instancePath+"/version/lxcVersion",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/version/properties/lxcVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data23.web !== undefined){
if(typeof data23.web !== "string"){
const err32 = {instancePath:instancePath+"/version/web",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/version/properties/web/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/version",schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/properties/version/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"spec#/paths/~1system/get/responses/2XX/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":{"cpuCore":true,"cpuThread":true,"features":true,"gpu":true,"gpuchanged":true,"hostname":true,"isDevicemapper":true,"isSupportOverlay":true,"machine":true,"memory":true,"memoryPageSize":true,"migrationDir":true,"migrationDmStatus":true,"needRestart":true,"platform":true,"processor":true,"status":true,"storageDriver":true,"uncleanFS":true,"version":true},"dynamicProps":false,"dynamicItems":false};

export const byPointer = {
  "/components/responses/Error/content/application~1json/schema": v0,
  "/components/responses/NotFoundError/content/application~1json/schema": v1,
  "/components/schemas/ConnectRequest": v2,
  "/components/schemas/CreateNetworkRequest": v3,
  "/components/schemas/CreateNetworkResponse": v4,
  "/components/schemas/DisconnectRequest": v5,
  "/components/schemas/EmptyObject": v6,
  "/components/schemas/EndpointResource": v7,
  "/components/schemas/ErrorEnvelope": v8,
  "/components/schemas/IPAM": v9,
  "/components/schemas/IPAMConfig": v10,
  "/components/schemas/LoginRequest": v11,
  "/components/schemas/LoginResponse": v12,
  "/components/schemas/LogoutResponse": v13,
  "/components/schemas/Network": v14,
  "/components/schemas/PruneResponse": v15,
  "/components/schemas/SystemInfo": v16,
  "/paths/~1login/post/responses/2XX/content/application~1json/schema": v17,
  "/paths/~1login_refresh/get/responses/2XX/content/application~1json/schema": v18,
  "/paths/~1logout/put/responses/2XX/content/application~1json/schema": v19,
  "/paths/~1networks/get/responses/2XX/content/application~1json/schema": v20,
  "/paths/~1networks/post/responses/2XX/content/application~1json/schema": v21,
  "/paths/~1networks/post/responses/4XX/content/application~1json/schema": v22,
  "/paths/~1networks/post/responses/default/content/application~1json/schema": v23,
  "/paths/~1networks~1/delete/responses/2XX/content/application~1json/schema": v24,
  "/paths/~1networks~1{network_id}/delete/responses/2XX/content/application~1json/schema": v25,
  "/paths/~1networks~1{network_id}/get/responses/2XX/content/application~1json/schema": v26,
  "/paths/~1networks~1{network_id}~1connect/post/responses/2XX/content/application~1json/schema": v27,
  "/paths/~1networks~1{network_id}~1disconnect/post/responses/2XX/content/application~1json/schema": v28,
  "/paths/~1networks~1{network_id}~1inspect/get/responses/2XX/content/application~1json/schema": v29,
  "/paths/~1system/get/responses/2XX/content/application~1json/schema": v30,
};
