function Jn(a){return a&&a.__esModule&&Object.prototype.hasOwnProperty.call(a,"default")?a.default:a}var Cn={exports:{}},Ma;function Js(){if(Ma)return Cn.exports;Ma=1;var a=typeof Reflect=="object"?Reflect:null,t=a&&typeof a.apply=="function"?a.apply:function(b,T,S){return Function.prototype.apply.call(b,T,S)},e;a&&typeof a.ownKeys=="function"?e=a.ownKeys:Object.getOwnPropertySymbols?e=function(b){return Object.getOwnPropertyNames(b).concat(Object.getOwnPropertySymbols(b))}:e=function(b){return Object.getOwnPropertyNames(b)};function n(x){console&&console.warn&&console.warn(x)}var r=Number.isNaN||function(b){return b!==b};function i(){i.init.call(this)}Cn.exports=i,Cn.exports.once=m,i.EventEmitter=i,i.prototype._events=void 0,i.prototype._eventsCount=0,i.prototype._maxListeners=void 0;var o=10;function s(x){if(typeof x!="function")throw new TypeError('The "listener" argument must be of type Function. Received type '+typeof x)}Object.defineProperty(i,"defaultMaxListeners",{enumerable:!0,get:function(){return o},set:function(x){if(typeof x!="number"||x<0||r(x))throw new RangeError('The value of "defaultMaxListeners" is out of range. It must be a non-negative number. Received '+x+".");o=x}}),i.init=function(){(this._events===void 0||this._events===Object.getPrototypeOf(this)._events)&&(this._events=Object.create(null),this._eventsCount=0),this._maxListeners=this._maxListeners||void 0},i.prototype.setMaxListeners=function(b){if(typeof b!="number"||b<0||r(b))throw new RangeError('The value of "n" is out of range. It must be a non-negative number. Received '+b+".");return this._maxListeners=b,this};function l(x){return x._maxListeners===void 0?i.defaultMaxListeners:x._maxListeners}i.prototype.getMaxListeners=function(){return l(this)},i.prototype.emit=function(b){for(var T=[],S=1;S<arguments.length;S++)T.push(arguments[S]);var w=b==="error",k=this._events;if(k!==void 0)w=w&&k.error===void 0;else if(!w)return!1;if(w){var A;if(T.length>0&&(A=T[0]),A instanceof Error)throw A;var L=new Error("Unhandled error."+(A?" ("+A.message+")":""));throw L.context=A,L}var C=k[b];if(C===void 0)return!1;if(typeof C=="function")t(C,this,T);else for(var E=C.length,G=g(C,E),S=0;S<E;++S)t(G[S],this,T);return!0};function u(x,b,T,S){var w,k,A;if(s(T),k=x._events,k===void 0?(k=x._events=Object.create(null),x._eventsCount=0):(k.newListener!==void 0&&(x.emit("newListener",b,T.listener?T.listener:T),k=x._events),A=k[b]),A===void 0)A=k[b]=T,++x._eventsCount;else if(typeof A=="function"?A=k[b]=S?[T,A]:[A,T]:S?A.unshift(T):A.push(T),w=l(x),w>0&&A.length>w&&!A.warned){A.warned=!0;var L=new Error("Possible EventEmitter memory leak detected. "+A.length+" "+String(b)+" listeners added. Use emitter.setMaxListeners() to increase limit");L.name="MaxListenersExceededWarning",L.emitter=x,L.type=b,L.count=A.length,n(L)}return x}i.prototype.addListener=function(b,T){return u(this,b,T,!1)},i.prototype.on=i.prototype.addListener,i.prototype.prependListener=function(b,T){return u(this,b,T,!0)};function d(){if(!this.fired)return this.target.removeListener(this.type,this.wrapFn),this.fired=!0,arguments.length===0?this.listener.call(this.target):this.listener.apply(this.target,arguments)}function h(x,b,T){var S={fired:!1,wrapFn:void 0,target:x,type:b,listener:T},w=d.bind(S);return w.listener=T,S.wrapFn=w,w}i.prototype.once=function(b,T){return s(T),this.on(b,h(this,b,T)),this},i.prototype.prependOnceListener=function(b,T){return s(T),this.prependListener(b,h(this,b,T)),this},i.prototype.removeListener=function(b,T){var S,w,k,A,L;if(s(T),w=this._events,w===void 0)return this;if(S=w[b],S===void 0)return this;if(S===T||S.listener===T)--this._eventsCount===0?this._events=Object.create(null):(delete w[b],w.removeListener&&this.emit("removeListener",b,S.listener||T));else if(typeof S!="function"){for(k=-1,A=S.length-1;A>=0;A--)if(S[A]===T||S[A].listener===T){L=S[A].listener,k=A;break}if(k<0)return this;k===0?S.shift():p(S,k),S.length===1&&(w[b]=S[0]),w.removeListener!==void 0&&this.emit("removeListener",b,L||T)}return this},i.prototype.off=i.prototype.removeListener,i.prototype.removeAllListeners=function(b){var T,S,w;if(S=this._events,S===void 0)return this;if(S.removeListener===void 0)return arguments.length===0?(this._events=Object.create(null),this._eventsCount=0):S[b]!==void 0&&(--this._eventsCount===0?this._events=Object.create(null):delete S[b]),this;if(arguments.length===0){var k=Object.keys(S),A;for(w=0;w<k.length;++w)A=k[w],A!=="removeListener"&&this.removeAllListeners(A);return this.removeAllListeners("removeListener"),this._events=Object.create(null),this._eventsCount=0,this}if(T=S[b],typeof T=="function")this.removeListener(b,T);else if(T!==void 0)for(w=T.length-1;w>=0;w--)this.removeListener(b,T[w]);return this};function c(x,b,T){var S=x._events;if(S===void 0)return[];var w=S[b];return w===void 0?[]:typeof w=="function"?T?[w.listener||w]:[w]:T?v(w):g(w,w.length)}i.prototype.listeners=function(b){return c(this,b,!0)},i.prototype.rawListeners=function(b){return c(this,b,!1)},i.listenerCount=function(x,b){return typeof x.listenerCount=="function"?x.listenerCount(b):f.call(x,b)},i.prototype.listenerCount=f;function f(x){var b=this._events;if(b!==void 0){var T=b[x];if(typeof T=="function")return 1;if(T!==void 0)return T.length}return 0}i.prototype.eventNames=function(){return this._eventsCount>0?e(this._events):[]};function g(x,b){for(var T=new Array(b),S=0;S<b;++S)T[S]=x[S];return T}function p(x,b){for(;b+1<x.length;b++)x[b]=x[b+1];x.pop()}function v(x){for(var b=new Array(x.length),T=0;T<b.length;++T)b[T]=x[T].listener||x[T];return b}function m(x,b){return new Promise(function(T,S){function w(A){x.removeListener(b,k),S(A)}function k(){typeof x.removeListener=="function"&&x.removeListener("error",w),T([].slice.call(arguments))}_(x,b,k,{once:!0}),b!=="error"&&y(x,w,{once:!0})})}function y(x,b,T){typeof x.on=="function"&&_(x,"error",b,T)}function _(x,b,T,S){if(typeof x.on=="function")S.once?x.once(b,T):x.on(b,T);else if(typeof x.addEventListener=="function")x.addEventListener(b,function w(k){S.once&&x.removeEventListener(b,w),T(k)});else throw new TypeError('The "emitter" argument must be of type EventEmitter. Received type '+typeof x)}return Cn.exports}var ca=Js();function el(){const a=arguments[0];for(let t=1,e=arguments.length;t<e;t++)if(arguments[t])for(const n in arguments[t])a[n]=arguments[t][n];return a}let ge=el;typeof Object.assign=="function"&&(ge=Object.assign);function $e(a,t,e,n){const r=a._nodes.get(t);let i=null;return r&&(n==="mixed"?i=r.out&&r.out[e]||r.undirected&&r.undirected[e]:n==="directed"?i=r.out&&r.out[e]:i=r.undirected&&r.undirected[e]),i}function Te(a){return typeof a=="object"&&a!==null}function ko(a){let t;for(t in a)return!1;return!0}function Me(a,t,e){Object.defineProperty(a,t,{enumerable:!1,configurable:!1,writable:!0,value:e})}function He(a,t,e){const n={enumerable:!0,configurable:!0};typeof e=="function"?n.get=e:(n.value=e,n.writable=!1),Object.defineProperty(a,t,n)}function Ba(a){return!(!Te(a)||a.attributes&&!Array.isArray(a.attributes))}function tl(){let a=Math.floor(Math.random()*256)&255;return()=>a++}function at(){const a=arguments;let t=null,e=-1;return{[Symbol.iterator](){return this},next(){let n=null;do{if(t===null){if(e++,e>=a.length)return{done:!0};t=a[e][Symbol.iterator]()}if(n=t.next(),n.done){t=null;continue}break}while(!0);return n}}}function Vt(){return{[Symbol.iterator](){return this},next(){return{done:!0}}}}class fa extends Error{constructor(t){super(),this.name="GraphError",this.message=t}}class V extends fa{constructor(t){super(t),this.name="InvalidArgumentsGraphError",typeof Error.captureStackTrace=="function"&&Error.captureStackTrace(this,V.prototype.constructor)}}class U extends fa{constructor(t){super(t),this.name="NotFoundGraphError",typeof Error.captureStackTrace=="function"&&Error.captureStackTrace(this,U.prototype.constructor)}}class Z extends fa{constructor(t){super(t),this.name="UsageGraphError",typeof Error.captureStackTrace=="function"&&Error.captureStackTrace(this,Z.prototype.constructor)}}function Ro(a,t){this.key=a,this.attributes=t,this.clear()}Ro.prototype.clear=function(){this.inDegree=0,this.outDegree=0,this.undirectedDegree=0,this.undirectedLoops=0,this.directedLoops=0,this.in={},this.out={},this.undirected={}};function Ao(a,t){this.key=a,this.attributes=t,this.clear()}Ao.prototype.clear=function(){this.inDegree=0,this.outDegree=0,this.directedLoops=0,this.in={},this.out={}};function Do(a,t){this.key=a,this.attributes=t,this.clear()}Do.prototype.clear=function(){this.undirectedDegree=0,this.undirectedLoops=0,this.undirected={}};function jt(a,t,e,n,r){this.key=t,this.attributes=r,this.undirected=a,this.source=e,this.target=n}jt.prototype.attach=function(){let a="out",t="in";this.undirected&&(a=t="undirected");const e=this.source.key,n=this.target.key;this.source[a][n]=this,!(this.undirected&&e===n)&&(this.target[t][e]=this)};jt.prototype.attachMulti=function(){let a="out",t="in";const e=this.source.key,n=this.target.key;this.undirected&&(a=t="undirected");const r=this.source[a],i=r[n];if(typeof i>"u"){r[n]=this,this.undirected&&e===n||(this.target[t][e]=this);return}i.previous=this,this.next=i,r[n]=this,this.target[t][e]=this};jt.prototype.detach=function(){const a=this.source.key,t=this.target.key;let e="out",n="in";this.undirected&&(e=n="undirected"),delete this.source[e][t],delete this.target[n][a]};jt.prototype.detachMulti=function(){const a=this.source.key,t=this.target.key;let e="out",n="in";this.undirected&&(e=n="undirected"),this.previous===void 0?this.next===void 0?(delete this.source[e][t],delete this.target[n][a]):(this.next.previous=void 0,this.source[e][t]=this.next,this.target[n][a]=this.next):(this.previous.next=this.next,this.next!==void 0&&(this.next.previous=this.previous))};const Co=0,Lo=1,nl=2,Po=3;function it(a,t,e,n,r,i,o){let s,l,u,d;if(n=""+n,e===Co){if(s=a._nodes.get(n),!s)throw new U(`Graph.${t}: could not find the "${n}" node in the graph.`);u=r,d=i}else if(e===Po){if(r=""+r,l=a._edges.get(r),!l)throw new U(`Graph.${t}: could not find the "${r}" edge in the graph.`);const h=l.source.key,c=l.target.key;if(n===h)s=l.target;else if(n===c)s=l.source;else throw new U(`Graph.${t}: the "${n}" node is not attached to the "${r}" edge (${h}, ${c}).`);u=i,d=o}else{if(l=a._edges.get(n),!l)throw new U(`Graph.${t}: could not find the "${n}" edge in the graph.`);e===Lo?s=l.source:s=l.target,u=r,d=i}return[s,u,d]}function rl(a,t,e){a.prototype[t]=function(n,r,i){const[o,s]=it(this,t,e,n,r,i);return o.attributes[s]}}function al(a,t,e){a.prototype[t]=function(n,r){const[i]=it(this,t,e,n,r);return i.attributes}}function il(a,t,e){a.prototype[t]=function(n,r,i){const[o,s]=it(this,t,e,n,r,i);return o.attributes.hasOwnProperty(s)}}function ol(a,t,e){a.prototype[t]=function(n,r,i,o){const[s,l,u]=it(this,t,e,n,r,i,o);return s.attributes[l]=u,this.emit("nodeAttributesUpdated",{key:s.key,type:"set",attributes:s.attributes,name:l}),this}}function sl(a,t,e){a.prototype[t]=function(n,r,i,o){const[s,l,u]=it(this,t,e,n,r,i,o);if(typeof u!="function")throw new V(`Graph.${t}: updater should be a function.`);const d=s.attributes,h=u(d[l]);return d[l]=h,this.emit("nodeAttributesUpdated",{key:s.key,type:"set",attributes:s.attributes,name:l}),this}}function ll(a,t,e){a.prototype[t]=function(n,r,i){const[o,s]=it(this,t,e,n,r,i);return delete o.attributes[s],this.emit("nodeAttributesUpdated",{key:o.key,type:"remove",attributes:o.attributes,name:s}),this}}function ul(a,t,e){a.prototype[t]=function(n,r,i){const[o,s]=it(this,t,e,n,r,i);if(!Te(s))throw new V(`Graph.${t}: provided attributes are not a plain object.`);return o.attributes=s,this.emit("nodeAttributesUpdated",{key:o.key,type:"replace",attributes:o.attributes}),this}}function dl(a,t,e){a.prototype[t]=function(n,r,i){const[o,s]=it(this,t,e,n,r,i);if(!Te(s))throw new V(`Graph.${t}: provided attributes are not a plain object.`);return ge(o.attributes,s),this.emit("nodeAttributesUpdated",{key:o.key,type:"merge",attributes:o.attributes,data:s}),this}}function hl(a,t,e){a.prototype[t]=function(n,r,i){const[o,s]=it(this,t,e,n,r,i);if(typeof s!="function")throw new V(`Graph.${t}: provided updater is not a function.`);return o.attributes=s(o.attributes),this.emit("nodeAttributesUpdated",{key:o.key,type:"update",attributes:o.attributes}),this}}const cl=[{name:a=>`get${a}Attribute`,attacher:rl},{name:a=>`get${a}Attributes`,attacher:al},{name:a=>`has${a}Attribute`,attacher:il},{name:a=>`set${a}Attribute`,attacher:ol},{name:a=>`update${a}Attribute`,attacher:sl},{name:a=>`remove${a}Attribute`,attacher:ll},{name:a=>`replace${a}Attributes`,attacher:ul},{name:a=>`merge${a}Attributes`,attacher:dl},{name:a=>`update${a}Attributes`,attacher:hl}];function fl(a){cl.forEach(function({name:t,attacher:e}){e(a,t("Node"),Co),e(a,t("Source"),Lo),e(a,t("Target"),nl),e(a,t("Opposite"),Po)})}function gl(a,t,e){a.prototype[t]=function(n,r){let i;if(this.type!=="mixed"&&e!=="mixed"&&e!==this.type)throw new Z(`Graph.${t}: cannot find this type of edges in your ${this.type} graph.`);if(arguments.length>2){if(this.multi)throw new Z(`Graph.${t}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);const o=""+n,s=""+r;if(r=arguments[2],i=$e(this,o,s,e),!i)throw new U(`Graph.${t}: could not find an edge for the given path ("${o}" - "${s}").`)}else{if(e!=="mixed")throw new Z(`Graph.${t}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);if(n=""+n,i=this._edges.get(n),!i)throw new U(`Graph.${t}: could not find the "${n}" edge in the graph.`)}return i.attributes[r]}}function pl(a,t,e){a.prototype[t]=function(n){let r;if(this.type!=="mixed"&&e!=="mixed"&&e!==this.type)throw new Z(`Graph.${t}: cannot find this type of edges in your ${this.type} graph.`);if(arguments.length>1){if(this.multi)throw new Z(`Graph.${t}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);const i=""+n,o=""+arguments[1];if(r=$e(this,i,o,e),!r)throw new U(`Graph.${t}: could not find an edge for the given path ("${i}" - "${o}").`)}else{if(e!=="mixed")throw new Z(`Graph.${t}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);if(n=""+n,r=this._edges.get(n),!r)throw new U(`Graph.${t}: could not find the "${n}" edge in the graph.`)}return r.attributes}}function ml(a,t,e){a.prototype[t]=function(n,r){let i;if(this.type!=="mixed"&&e!=="mixed"&&e!==this.type)throw new Z(`Graph.${t}: cannot find this type of edges in your ${this.type} graph.`);if(arguments.length>2){if(this.multi)throw new Z(`Graph.${t}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);const o=""+n,s=""+r;if(r=arguments[2],i=$e(this,o,s,e),!i)throw new U(`Graph.${t}: could not find an edge for the given path ("${o}" - "${s}").`)}else{if(e!=="mixed")throw new Z(`Graph.${t}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);if(n=""+n,i=this._edges.get(n),!i)throw new U(`Graph.${t}: could not find the "${n}" edge in the graph.`)}return i.attributes.hasOwnProperty(r)}}function vl(a,t,e){a.prototype[t]=function(n,r,i){let o;if(this.type!=="mixed"&&e!=="mixed"&&e!==this.type)throw new Z(`Graph.${t}: cannot find this type of edges in your ${this.type} graph.`);if(arguments.length>3){if(this.multi)throw new Z(`Graph.${t}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);const s=""+n,l=""+r;if(r=arguments[2],i=arguments[3],o=$e(this,s,l,e),!o)throw new U(`Graph.${t}: could not find an edge for the given path ("${s}" - "${l}").`)}else{if(e!=="mixed")throw new Z(`Graph.${t}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);if(n=""+n,o=this._edges.get(n),!o)throw new U(`Graph.${t}: could not find the "${n}" edge in the graph.`)}return o.attributes[r]=i,this.emit("edgeAttributesUpdated",{key:o.key,type:"set",attributes:o.attributes,name:r}),this}}function yl(a,t,e){a.prototype[t]=function(n,r,i){let o;if(this.type!=="mixed"&&e!=="mixed"&&e!==this.type)throw new Z(`Graph.${t}: cannot find this type of edges in your ${this.type} graph.`);if(arguments.length>3){if(this.multi)throw new Z(`Graph.${t}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);const s=""+n,l=""+r;if(r=arguments[2],i=arguments[3],o=$e(this,s,l,e),!o)throw new U(`Graph.${t}: could not find an edge for the given path ("${s}" - "${l}").`)}else{if(e!=="mixed")throw new Z(`Graph.${t}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);if(n=""+n,o=this._edges.get(n),!o)throw new U(`Graph.${t}: could not find the "${n}" edge in the graph.`)}if(typeof i!="function")throw new V(`Graph.${t}: updater should be a function.`);return o.attributes[r]=i(o.attributes[r]),this.emit("edgeAttributesUpdated",{key:o.key,type:"set",attributes:o.attributes,name:r}),this}}function bl(a,t,e){a.prototype[t]=function(n,r){let i;if(this.type!=="mixed"&&e!=="mixed"&&e!==this.type)throw new Z(`Graph.${t}: cannot find this type of edges in your ${this.type} graph.`);if(arguments.length>2){if(this.multi)throw new Z(`Graph.${t}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);const o=""+n,s=""+r;if(r=arguments[2],i=$e(this,o,s,e),!i)throw new U(`Graph.${t}: could not find an edge for the given path ("${o}" - "${s}").`)}else{if(e!=="mixed")throw new Z(`Graph.${t}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);if(n=""+n,i=this._edges.get(n),!i)throw new U(`Graph.${t}: could not find the "${n}" edge in the graph.`)}return delete i.attributes[r],this.emit("edgeAttributesUpdated",{key:i.key,type:"remove",attributes:i.attributes,name:r}),this}}function xl(a,t,e){a.prototype[t]=function(n,r){let i;if(this.type!=="mixed"&&e!=="mixed"&&e!==this.type)throw new Z(`Graph.${t}: cannot find this type of edges in your ${this.type} graph.`);if(arguments.length>2){if(this.multi)throw new Z(`Graph.${t}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);const o=""+n,s=""+r;if(r=arguments[2],i=$e(this,o,s,e),!i)throw new U(`Graph.${t}: could not find an edge for the given path ("${o}" - "${s}").`)}else{if(e!=="mixed")throw new Z(`Graph.${t}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);if(n=""+n,i=this._edges.get(n),!i)throw new U(`Graph.${t}: could not find the "${n}" edge in the graph.`)}if(!Te(r))throw new V(`Graph.${t}: provided attributes are not a plain object.`);return i.attributes=r,this.emit("edgeAttributesUpdated",{key:i.key,type:"replace",attributes:i.attributes}),this}}function _l(a,t,e){a.prototype[t]=function(n,r){let i;if(this.type!=="mixed"&&e!=="mixed"&&e!==this.type)throw new Z(`Graph.${t}: cannot find this type of edges in your ${this.type} graph.`);if(arguments.length>2){if(this.multi)throw new Z(`Graph.${t}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);const o=""+n,s=""+r;if(r=arguments[2],i=$e(this,o,s,e),!i)throw new U(`Graph.${t}: could not find an edge for the given path ("${o}" - "${s}").`)}else{if(e!=="mixed")throw new Z(`Graph.${t}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);if(n=""+n,i=this._edges.get(n),!i)throw new U(`Graph.${t}: could not find the "${n}" edge in the graph.`)}if(!Te(r))throw new V(`Graph.${t}: provided attributes are not a plain object.`);return ge(i.attributes,r),this.emit("edgeAttributesUpdated",{key:i.key,type:"merge",attributes:i.attributes,data:r}),this}}function Sl(a,t,e){a.prototype[t]=function(n,r){let i;if(this.type!=="mixed"&&e!=="mixed"&&e!==this.type)throw new Z(`Graph.${t}: cannot find this type of edges in your ${this.type} graph.`);if(arguments.length>2){if(this.multi)throw new Z(`Graph.${t}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`);const o=""+n,s=""+r;if(r=arguments[2],i=$e(this,o,s,e),!i)throw new U(`Graph.${t}: could not find an edge for the given path ("${o}" - "${s}").`)}else{if(e!=="mixed")throw new Z(`Graph.${t}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`);if(n=""+n,i=this._edges.get(n),!i)throw new U(`Graph.${t}: could not find the "${n}" edge in the graph.`)}if(typeof r!="function")throw new V(`Graph.${t}: provided updater is not a function.`);return i.attributes=r(i.attributes),this.emit("edgeAttributesUpdated",{key:i.key,type:"update",attributes:i.attributes}),this}}const Tl=[{name:a=>`get${a}Attribute`,attacher:gl},{name:a=>`get${a}Attributes`,attacher:pl},{name:a=>`has${a}Attribute`,attacher:ml},{name:a=>`set${a}Attribute`,attacher:vl},{name:a=>`update${a}Attribute`,attacher:yl},{name:a=>`remove${a}Attribute`,attacher:bl},{name:a=>`replace${a}Attributes`,attacher:xl},{name:a=>`merge${a}Attributes`,attacher:_l},{name:a=>`update${a}Attributes`,attacher:Sl}];function El(a){Tl.forEach(function({name:t,attacher:e}){e(a,t("Edge"),"mixed"),e(a,t("DirectedEdge"),"directed"),e(a,t("UndirectedEdge"),"undirected")})}const wl=[{name:"edges",type:"mixed"},{name:"inEdges",type:"directed",direction:"in"},{name:"outEdges",type:"directed",direction:"out"},{name:"inboundEdges",type:"mixed",direction:"in"},{name:"outboundEdges",type:"mixed",direction:"out"},{name:"directedEdges",type:"directed"},{name:"undirectedEdges",type:"undirected"}];function kl(a,t,e,n){let r=!1;for(const i in t){if(i===n)continue;const o=t[i];if(r=e(o.key,o.attributes,o.source.key,o.target.key,o.source.attributes,o.target.attributes,o.undirected),a&&r)return o.key}}function Rl(a,t,e,n){let r,i,o,s=!1;for(const l in t)if(l!==n){r=t[l];do{if(i=r.source,o=r.target,s=e(r.key,r.attributes,i.key,o.key,i.attributes,o.attributes,r.undirected),a&&s)return r.key;r=r.next}while(r!==void 0)}}function dr(a,t){const e=Object.keys(a),n=e.length;let r,i=0;return{[Symbol.iterator](){return this},next(){do if(r)r=r.next;else{if(i>=n)return{done:!0};const o=e[i++];if(o===t){r=void 0;continue}r=a[o]}while(!r);return{done:!1,value:{edge:r.key,attributes:r.attributes,source:r.source.key,target:r.target.key,sourceAttributes:r.source.attributes,targetAttributes:r.target.attributes,undirected:r.undirected}}}}}function Al(a,t,e,n){const r=t[e];if(!r)return;const i=r.source,o=r.target;if(n(r.key,r.attributes,i.key,o.key,i.attributes,o.attributes,r.undirected)&&a)return r.key}function Dl(a,t,e,n){let r=t[e];if(!r)return;let i=!1;do{if(i=n(r.key,r.attributes,r.source.key,r.target.key,r.source.attributes,r.target.attributes,r.undirected),a&&i)return r.key;r=r.next}while(r!==void 0)}function hr(a,t){let e=a[t];if(e.next!==void 0)return{[Symbol.iterator](){return this},next(){if(!e)return{done:!0};const r={edge:e.key,attributes:e.attributes,source:e.source.key,target:e.target.key,sourceAttributes:e.source.attributes,targetAttributes:e.target.attributes,undirected:e.undirected};return e=e.next,{done:!1,value:r}}};let n=!1;return{[Symbol.iterator](){return this},next(){return n===!0?{done:!0}:(n=!0,{done:!1,value:{edge:e.key,attributes:e.attributes,source:e.source.key,target:e.target.key,sourceAttributes:e.source.attributes,targetAttributes:e.target.attributes,undirected:e.undirected}})}}}function Cl(a,t){if(a.size===0)return[];if(t==="mixed"||t===a.type)return Array.from(a._edges.keys());const e=t==="undirected"?a.undirectedSize:a.directedSize,n=new Array(e),r=t==="undirected",i=a._edges.values();let o=0,s,l;for(;s=i.next(),s.done!==!0;)l=s.value,l.undirected===r&&(n[o++]=l.key);return n}function Io(a,t,e,n){if(t.size===0)return;const r=e!=="mixed"&&e!==t.type,i=e==="undirected";let o,s,l=!1;const u=t._edges.values();for(;o=u.next(),o.done!==!0;){if(s=o.value,r&&s.undirected!==i)continue;const{key:d,attributes:h,source:c,target:f}=s;if(l=n(d,h,c.key,f.key,c.attributes,f.attributes,s.undirected),a&&l)return d}}function Ll(a,t){if(a.size===0)return Vt();const e=t!=="mixed"&&t!==a.type,n=t==="undirected",r=a._edges.values();return{[Symbol.iterator](){return this},next(){let i,o;for(;;){if(i=r.next(),i.done)return i;if(o=i.value,!(e&&o.undirected!==n))break}return{value:{edge:o.key,attributes:o.attributes,source:o.source.key,target:o.target.key,sourceAttributes:o.source.attributes,targetAttributes:o.target.attributes,undirected:o.undirected},done:!1}}}}function ga(a,t,e,n,r,i){const o=t?Rl:kl;let s;if(e!=="undirected"&&(n!=="out"&&(s=o(a,r.in,i),a&&s)||n!=="in"&&(s=o(a,r.out,i,n?void 0:r.key),a&&s))||e!=="directed"&&(s=o(a,r.undirected,i),a&&s))return s}function Pl(a,t,e,n){const r=[];return ga(!1,a,t,e,n,function(i){r.push(i)}),r}function Il(a,t,e){let n=Vt();return a!=="undirected"&&(t!=="out"&&typeof e.in<"u"&&(n=at(n,dr(e.in))),t!=="in"&&typeof e.out<"u"&&(n=at(n,dr(e.out,t?void 0:e.key)))),a!=="directed"&&typeof e.undirected<"u"&&(n=at(n,dr(e.undirected))),n}function pa(a,t,e,n,r,i,o){const s=e?Dl:Al;let l;if(t!=="undirected"&&(typeof r.in<"u"&&n!=="out"&&(l=s(a,r.in,i,o),a&&l)||typeof r.out<"u"&&n!=="in"&&(n||r.key!==i)&&(l=s(a,r.out,i,o),a&&l))||t!=="directed"&&typeof r.undirected<"u"&&(l=s(a,r.undirected,i,o),a&&l))return l}function Fl(a,t,e,n,r){const i=[];return pa(!1,a,t,e,n,r,function(o){i.push(o)}),i}function Nl(a,t,e,n){let r=Vt();return a!=="undirected"&&(typeof e.in<"u"&&t!=="out"&&n in e.in&&(r=at(r,hr(e.in,n))),typeof e.out<"u"&&t!=="in"&&n in e.out&&(t||e.key!==n)&&(r=at(r,hr(e.out,n)))),a!=="directed"&&typeof e.undirected<"u"&&n in e.undirected&&(r=at(r,hr(e.undirected,n))),r}function Gl(a,t){const{name:e,type:n,direction:r}=t;a.prototype[e]=function(i,o){if(n!=="mixed"&&this.type!=="mixed"&&n!==this.type)return[];if(!arguments.length)return Cl(this,n);if(arguments.length===1){i=""+i;const s=this._nodes.get(i);if(typeof s>"u")throw new U(`Graph.${e}: could not find the "${i}" node in the graph.`);return Pl(this.multi,n==="mixed"?this.type:n,r,s)}if(arguments.length===2){i=""+i,o=""+o;const s=this._nodes.get(i);if(!s)throw new U(`Graph.${e}:  could not find the "${i}" source node in the graph.`);if(!this._nodes.has(o))throw new U(`Graph.${e}:  could not find the "${o}" target node in the graph.`);return Fl(n,this.multi,r,s,o)}throw new V(`Graph.${e}: too many arguments (expecting 0, 1 or 2 and got ${arguments.length}).`)}}function zl(a,t){const{name:e,type:n,direction:r}=t,i="forEach"+e[0].toUpperCase()+e.slice(1,-1);a.prototype[i]=function(u,d,h){if(!(n!=="mixed"&&this.type!=="mixed"&&n!==this.type)){if(arguments.length===1)return h=u,Io(!1,this,n,h);if(arguments.length===2){u=""+u,h=d;const c=this._nodes.get(u);if(typeof c>"u")throw new U(`Graph.${i}: could not find the "${u}" node in the graph.`);return ga(!1,this.multi,n==="mixed"?this.type:n,r,c,h)}if(arguments.length===3){u=""+u,d=""+d;const c=this._nodes.get(u);if(!c)throw new U(`Graph.${i}:  could not find the "${u}" source node in the graph.`);if(!this._nodes.has(d))throw new U(`Graph.${i}:  could not find the "${d}" target node in the graph.`);return pa(!1,n,this.multi,r,c,d,h)}throw new V(`Graph.${i}: too many arguments (expecting 1, 2 or 3 and got ${arguments.length}).`)}};const o="map"+e[0].toUpperCase()+e.slice(1);a.prototype[o]=function(){const u=Array.prototype.slice.call(arguments),d=u.pop();let h;if(u.length===0){let c=0;n!=="directed"&&(c+=this.undirectedSize),n!=="undirected"&&(c+=this.directedSize),h=new Array(c);let f=0;u.push((g,p,v,m,y,_,x)=>{h[f++]=d(g,p,v,m,y,_,x)})}else h=[],u.push((c,f,g,p,v,m,y)=>{h.push(d(c,f,g,p,v,m,y))});return this[i].apply(this,u),h};const s="filter"+e[0].toUpperCase()+e.slice(1);a.prototype[s]=function(){const u=Array.prototype.slice.call(arguments),d=u.pop(),h=[];return u.push((c,f,g,p,v,m,y)=>{d(c,f,g,p,v,m,y)&&h.push(c)}),this[i].apply(this,u),h};const l="reduce"+e[0].toUpperCase()+e.slice(1);a.prototype[l]=function(){let u=Array.prototype.slice.call(arguments);if(u.length<2||u.length>4)throw new V(`Graph.${l}: invalid number of arguments (expecting 2, 3 or 4 and got ${u.length}).`);if(typeof u[u.length-1]=="function"&&typeof u[u.length-2]!="function")throw new V(`Graph.${l}: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array.`);let d,h;u.length===2?(d=u[0],h=u[1],u=[]):u.length===3?(d=u[1],h=u[2],u=[u[0]]):u.length===4&&(d=u[2],h=u[3],u=[u[0],u[1]]);let c=h;return u.push((f,g,p,v,m,y,_)=>{c=d(c,f,g,p,v,m,y,_)}),this[i].apply(this,u),c}}function Ml(a,t){const{name:e,type:n,direction:r}=t,i="find"+e[0].toUpperCase()+e.slice(1,-1);a.prototype[i]=function(l,u,d){if(n!=="mixed"&&this.type!=="mixed"&&n!==this.type)return!1;if(arguments.length===1)return d=l,Io(!0,this,n,d);if(arguments.length===2){l=""+l,d=u;const h=this._nodes.get(l);if(typeof h>"u")throw new U(`Graph.${i}: could not find the "${l}" node in the graph.`);return ga(!0,this.multi,n==="mixed"?this.type:n,r,h,d)}if(arguments.length===3){l=""+l,u=""+u;const h=this._nodes.get(l);if(!h)throw new U(`Graph.${i}:  could not find the "${l}" source node in the graph.`);if(!this._nodes.has(u))throw new U(`Graph.${i}:  could not find the "${u}" target node in the graph.`);return pa(!0,n,this.multi,r,h,u,d)}throw new V(`Graph.${i}: too many arguments (expecting 1, 2 or 3 and got ${arguments.length}).`)};const o="some"+e[0].toUpperCase()+e.slice(1,-1);a.prototype[o]=function(){const l=Array.prototype.slice.call(arguments),u=l.pop();return l.push((h,c,f,g,p,v,m)=>u(h,c,f,g,p,v,m)),!!this[i].apply(this,l)};const s="every"+e[0].toUpperCase()+e.slice(1,-1);a.prototype[s]=function(){const l=Array.prototype.slice.call(arguments),u=l.pop();return l.push((h,c,f,g,p,v,m)=>!u(h,c,f,g,p,v,m)),!this[i].apply(this,l)}}function Bl(a,t){const{name:e,type:n,direction:r}=t,i=e.slice(0,-1)+"Entries";a.prototype[i]=function(o,s){if(n!=="mixed"&&this.type!=="mixed"&&n!==this.type)return Vt();if(!arguments.length)return Ll(this,n);if(arguments.length===1){o=""+o;const l=this._nodes.get(o);if(!l)throw new U(`Graph.${i}: could not find the "${o}" node in the graph.`);return Il(n,r,l)}if(arguments.length===2){o=""+o,s=""+s;const l=this._nodes.get(o);if(!l)throw new U(`Graph.${i}:  could not find the "${o}" source node in the graph.`);if(!this._nodes.has(s))throw new U(`Graph.${i}:  could not find the "${s}" target node in the graph.`);return Nl(n,r,l,s)}throw new V(`Graph.${i}: too many arguments (expecting 0, 1 or 2 and got ${arguments.length}).`)}}function Ol(a){wl.forEach(t=>{Gl(a,t),zl(a,t),Ml(a,t),Bl(a,t)})}const $l=[{name:"neighbors",type:"mixed"},{name:"inNeighbors",type:"directed",direction:"in"},{name:"outNeighbors",type:"directed",direction:"out"},{name:"inboundNeighbors",type:"mixed",direction:"in"},{name:"outboundNeighbors",type:"mixed",direction:"out"},{name:"directedNeighbors",type:"directed"},{name:"undirectedNeighbors",type:"undirected"}];function er(){this.A=null,this.B=null}er.prototype.wrap=function(a){this.A===null?this.A=a:this.B===null&&(this.B=a)};er.prototype.has=function(a){return this.A!==null&&a in this.A||this.B!==null&&a in this.B};function Jt(a,t,e,n,r){for(const i in n){const o=n[i],s=o.source,l=o.target,u=s===e?l:s;if(t&&t.has(u.key))continue;const d=r(u.key,u.attributes);if(a&&d)return u.key}}function ma(a,t,e,n,r){if(t!=="mixed"){if(t==="undirected")return Jt(a,null,n,n.undirected,r);if(typeof e=="string")return Jt(a,null,n,n[e],r)}const i=new er;let o;if(t!=="undirected"){if(e!=="out"){if(o=Jt(a,null,n,n.in,r),a&&o)return o;i.wrap(n.in)}if(e!=="in"){if(o=Jt(a,i,n,n.out,r),a&&o)return o;i.wrap(n.out)}}if(t!=="directed"&&(o=Jt(a,i,n,n.undirected,r),a&&o))return o}function Wl(a,t,e){if(a!=="mixed"){if(a==="undirected")return Object.keys(e.undirected);if(typeof t=="string")return Object.keys(e[t])}const n=[];return ma(!1,a,t,e,function(r){n.push(r)}),n}function en(a,t,e){const n=Object.keys(e),r=n.length;let i=0;return{[Symbol.iterator](){return this},next(){let o=null;do{if(i>=r)return a&&a.wrap(e),{done:!0};const s=e[n[i++]],l=s.source,u=s.target;if(o=l===t?u:l,a&&a.has(o.key)){o=null;continue}}while(o===null);return{done:!1,value:{neighbor:o.key,attributes:o.attributes}}}}}function Ul(a,t,e){if(a!=="mixed"){if(a==="undirected")return en(null,e,e.undirected);if(typeof t=="string")return en(null,e,e[t])}let n=Vt();const r=new er;return a!=="undirected"&&(t!=="out"&&(n=at(n,en(r,e,e.in))),t!=="in"&&(n=at(n,en(r,e,e.out)))),a!=="directed"&&(n=at(n,en(r,e,e.undirected))),n}function Hl(a,t){const{name:e,type:n,direction:r}=t;a.prototype[e]=function(i){if(n!=="mixed"&&this.type!=="mixed"&&n!==this.type)return[];i=""+i;const o=this._nodes.get(i);if(typeof o>"u")throw new U(`Graph.${e}: could not find the "${i}" node in the graph.`);return Wl(n==="mixed"?this.type:n,r,o)}}function ql(a,t){const{name:e,type:n,direction:r}=t,i="forEach"+e[0].toUpperCase()+e.slice(1,-1);a.prototype[i]=function(u,d){if(n!=="mixed"&&this.type!=="mixed"&&n!==this.type)return;u=""+u;const h=this._nodes.get(u);if(typeof h>"u")throw new U(`Graph.${i}: could not find the "${u}" node in the graph.`);ma(!1,n==="mixed"?this.type:n,r,h,d)};const o="map"+e[0].toUpperCase()+e.slice(1);a.prototype[o]=function(u,d){const h=[];return this[i](u,(c,f)=>{h.push(d(c,f))}),h};const s="filter"+e[0].toUpperCase()+e.slice(1);a.prototype[s]=function(u,d){const h=[];return this[i](u,(c,f)=>{d(c,f)&&h.push(c)}),h};const l="reduce"+e[0].toUpperCase()+e.slice(1);a.prototype[l]=function(u,d,h){if(arguments.length<3)throw new V(`Graph.${l}: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array.`);let c=h;return this[i](u,(f,g)=>{c=d(c,f,g)}),c}}function Vl(a,t){const{name:e,type:n,direction:r}=t,i=e[0].toUpperCase()+e.slice(1,-1),o="find"+i;a.prototype[o]=function(u,d){if(n!=="mixed"&&this.type!=="mixed"&&n!==this.type)return;u=""+u;const h=this._nodes.get(u);if(typeof h>"u")throw new U(`Graph.${o}: could not find the "${u}" node in the graph.`);return ma(!0,n==="mixed"?this.type:n,r,h,d)};const s="some"+i;a.prototype[s]=function(u,d){return!!this[o](u,d)};const l="every"+i;a.prototype[l]=function(u,d){return!this[o](u,(c,f)=>!d(c,f))}}function jl(a,t){const{name:e,type:n,direction:r}=t,i=e.slice(0,-1)+"Entries";a.prototype[i]=function(o){if(n!=="mixed"&&this.type!=="mixed"&&n!==this.type)return Vt();o=""+o;const s=this._nodes.get(o);if(typeof s>"u")throw new U(`Graph.${i}: could not find the "${o}" node in the graph.`);return Ul(n==="mixed"?this.type:n,r,s)}}function Kl(a){$l.forEach(t=>{Hl(a,t),ql(a,t),Vl(a,t),jl(a,t)})}function Ln(a,t,e,n,r){const i=n._nodes.values(),o=n.type;let s,l,u,d,h,c;for(;s=i.next(),s.done!==!0;){let f=!1;if(l=s.value,o!=="undirected"){d=l.out;for(u in d){h=d[u];do c=h.target,f=!0,r(l.key,c.key,l.attributes,c.attributes,h.key,h.attributes,h.undirected),h=h.next;while(h)}}if(o!=="directed"){d=l.undirected;for(u in d)if(!(t&&l.key>u)){h=d[u];do c=h.target,c.key!==u&&(c=h.source),f=!0,r(l.key,c.key,l.attributes,c.attributes,h.key,h.attributes,h.undirected),h=h.next;while(h)}}e&&!f&&r(l.key,null,l.attributes,null,null,null,null)}}function Xl(a,t){const e={key:a};return ko(t.attributes)||(e.attributes=ge({},t.attributes)),e}function Yl(a,t,e){const n={key:t,source:e.source.key,target:e.target.key};return ko(e.attributes)||(n.attributes=ge({},e.attributes)),a==="mixed"&&e.undirected&&(n.undirected=!0),n}function Zl(a){if(!Te(a))throw new V('Graph.import: invalid serialized node. A serialized node should be a plain object with at least a "key" property.');if(!("key"in a))throw new V("Graph.import: serialized node is missing its key.");if("attributes"in a&&(!Te(a.attributes)||a.attributes===null))throw new V("Graph.import: invalid attributes. Attributes should be a plain object, null or omitted.")}function Ql(a){if(!Te(a))throw new V('Graph.import: invalid serialized edge. A serialized edge should be a plain object with at least a "source" & "target" property.');if(!("source"in a))throw new V("Graph.import: serialized edge is missing its source.");if(!("target"in a))throw new V("Graph.import: serialized edge is missing its target.");if("attributes"in a&&(!Te(a.attributes)||a.attributes===null))throw new V("Graph.import: invalid attributes. Attributes should be a plain object, null or omitted.");if("undirected"in a&&typeof a.undirected!="boolean")throw new V("Graph.import: invalid undirectedness information. Undirected should be boolean or omitted.")}const Jl=tl(),eu=new Set(["directed","undirected","mixed"]),Oa=new Set(["domain","_events","_eventsCount","_maxListeners"]),tu=[{name:a=>`${a}Edge`,generateKey:!0},{name:a=>`${a}DirectedEdge`,generateKey:!0,type:"directed"},{name:a=>`${a}UndirectedEdge`,generateKey:!0,type:"undirected"},{name:a=>`${a}EdgeWithKey`},{name:a=>`${a}DirectedEdgeWithKey`,type:"directed"},{name:a=>`${a}UndirectedEdgeWithKey`,type:"undirected"}],nu={allowSelfLoops:!0,multi:!1,type:"mixed"};function ru(a,t,e){if(e&&!Te(e))throw new V(`Graph.addNode: invalid attributes. Expecting an object but got "${e}"`);if(t=""+t,e=e||{},a._nodes.has(t))throw new Z(`Graph.addNode: the "${t}" node already exist in the graph.`);const n=new a.NodeDataClass(t,e);return a._nodes.set(t,n),a.emit("nodeAdded",{key:t,attributes:e}),n}function $a(a,t,e){const n=new a.NodeDataClass(t,e);return a._nodes.set(t,n),a.emit("nodeAdded",{key:t,attributes:e}),n}function Fo(a,t,e,n,r,i,o,s){if(!n&&a.type==="undirected")throw new Z(`Graph.${t}: you cannot add a directed edge to an undirected graph. Use the #.addEdge or #.addUndirectedEdge instead.`);if(n&&a.type==="directed")throw new Z(`Graph.${t}: you cannot add an undirected edge to a directed graph. Use the #.addEdge or #.addDirectedEdge instead.`);if(s&&!Te(s))throw new V(`Graph.${t}: invalid attributes. Expecting an object but got "${s}"`);if(i=""+i,o=""+o,s=s||{},!a.allowSelfLoops&&i===o)throw new Z(`Graph.${t}: source & target are the same ("${i}"), thus creating a loop explicitly forbidden by this graph 'allowSelfLoops' option set to false.`);const l=a._nodes.get(i),u=a._nodes.get(o);if(!l)throw new U(`Graph.${t}: source node "${i}" not found.`);if(!u)throw new U(`Graph.${t}: target node "${o}" not found.`);const d={key:null,undirected:n,source:i,target:o,attributes:s};if(e)r=a._edgeKeyGenerator();else if(r=""+r,a._edges.has(r))throw new Z(`Graph.${t}: the "${r}" edge already exists in the graph.`);if(!a.multi&&(n?typeof l.undirected[o]<"u":typeof l.out[o]<"u"))throw new Z(`Graph.${t}: an edge linking "${i}" to "${o}" already exists. If you really want to add multiple edges linking those nodes, you should create a multi graph by using the 'multi' option.`);const h=new jt(n,r,l,u,s);a._edges.set(r,h);const c=i===o;return n?(l.undirectedDegree++,u.undirectedDegree++,c&&(l.undirectedLoops++,a._undirectedSelfLoopCount++)):(l.outDegree++,u.inDegree++,c&&(l.directedLoops++,a._directedSelfLoopCount++)),a.multi?h.attachMulti():h.attach(),n?a._undirectedSize++:a._directedSize++,d.key=r,a.emit("edgeAdded",d),r}function au(a,t,e,n,r,i,o,s,l){if(!n&&a.type==="undirected")throw new Z(`Graph.${t}: you cannot merge/update a directed edge to an undirected graph. Use the #.mergeEdge/#.updateEdge or #.addUndirectedEdge instead.`);if(n&&a.type==="directed")throw new Z(`Graph.${t}: you cannot merge/update an undirected edge to a directed graph. Use the #.mergeEdge/#.updateEdge or #.addDirectedEdge instead.`);if(s){if(l){if(typeof s!="function")throw new V(`Graph.${t}: invalid updater function. Expecting a function but got "${s}"`)}else if(!Te(s))throw new V(`Graph.${t}: invalid attributes. Expecting an object but got "${s}"`)}i=""+i,o=""+o;let u;if(l&&(u=s,s=void 0),!a.allowSelfLoops&&i===o)throw new Z(`Graph.${t}: source & target are the same ("${i}"), thus creating a loop explicitly forbidden by this graph 'allowSelfLoops' option set to false.`);let d=a._nodes.get(i),h=a._nodes.get(o),c,f;if(!e&&(c=a._edges.get(r),c)){if((c.source.key!==i||c.target.key!==o)&&(!n||c.source.key!==o||c.target.key!==i))throw new Z(`Graph.${t}: inconsistency detected when attempting to merge the "${r}" edge with "${i}" source & "${o}" target vs. ("${c.source.key}", "${c.target.key}").`);f=c}if(!f&&!a.multi&&d&&(f=n?d.undirected[o]:d.out[o]),f){const y=[f.key,!1,!1,!1];if(l?!u:!s)return y;if(l){const _=f.attributes;f.attributes=u(_),a.emit("edgeAttributesUpdated",{type:"replace",key:f.key,attributes:f.attributes})}else ge(f.attributes,s),a.emit("edgeAttributesUpdated",{type:"merge",key:f.key,attributes:f.attributes,data:s});return y}s=s||{},l&&u&&(s=u(s));const g={key:null,undirected:n,source:i,target:o,attributes:s};if(e)r=a._edgeKeyGenerator();else if(r=""+r,a._edges.has(r))throw new Z(`Graph.${t}: the "${r}" edge already exists in the graph.`);let p=!1,v=!1;d||(d=$a(a,i,{}),p=!0,i===o&&(h=d,v=!0)),h||(h=$a(a,o,{}),v=!0),c=new jt(n,r,d,h,s),a._edges.set(r,c);const m=i===o;return n?(d.undirectedDegree++,h.undirectedDegree++,m&&(d.undirectedLoops++,a._undirectedSelfLoopCount++)):(d.outDegree++,h.inDegree++,m&&(d.directedLoops++,a._directedSelfLoopCount++)),a.multi?c.attachMulti():c.attach(),n?a._undirectedSize++:a._directedSize++,g.key=r,a.emit("edgeAdded",g),[r,!0,p,v]}function Dt(a,t){a._edges.delete(t.key);const{source:e,target:n,attributes:r}=t,i=t.undirected,o=e===n;i?(e.undirectedDegree--,n.undirectedDegree--,o&&(e.undirectedLoops--,a._undirectedSelfLoopCount--)):(e.outDegree--,n.inDegree--,o&&(e.directedLoops--,a._directedSelfLoopCount--)),a.multi?t.detachMulti():t.detach(),i?a._undirectedSize--:a._directedSize--,a.emit("edgeDropped",{key:t.key,attributes:r,source:e.key,target:n.key,undirected:i})}class oe extends ca.EventEmitter{constructor(t){if(super(),t=ge({},nu,t),typeof t.multi!="boolean")throw new V(`Graph.constructor: invalid 'multi' option. Expecting a boolean but got "${t.multi}".`);if(!eu.has(t.type))throw new V(`Graph.constructor: invalid 'type' option. Should be one of "mixed", "directed" or "undirected" but got "${t.type}".`);if(typeof t.allowSelfLoops!="boolean")throw new V(`Graph.constructor: invalid 'allowSelfLoops' option. Expecting a boolean but got "${t.allowSelfLoops}".`);const e=t.type==="mixed"?Ro:t.type==="directed"?Ao:Do;Me(this,"NodeDataClass",e);const n="geid_"+Jl()+"_";let r=0;const i=()=>{let o;do o=n+r++;while(this._edges.has(o));return o};Me(this,"_attributes",{}),Me(this,"_nodes",new Map),Me(this,"_edges",new Map),Me(this,"_directedSize",0),Me(this,"_undirectedSize",0),Me(this,"_directedSelfLoopCount",0),Me(this,"_undirectedSelfLoopCount",0),Me(this,"_edgeKeyGenerator",i),Me(this,"_options",t),Oa.forEach(o=>Me(this,o,this[o])),He(this,"order",()=>this._nodes.size),He(this,"size",()=>this._edges.size),He(this,"directedSize",()=>this._directedSize),He(this,"undirectedSize",()=>this._undirectedSize),He(this,"selfLoopCount",()=>this._directedSelfLoopCount+this._undirectedSelfLoopCount),He(this,"directedSelfLoopCount",()=>this._directedSelfLoopCount),He(this,"undirectedSelfLoopCount",()=>this._undirectedSelfLoopCount),He(this,"multi",this._options.multi),He(this,"type",this._options.type),He(this,"allowSelfLoops",this._options.allowSelfLoops),He(this,"implementation",()=>"graphology")}_resetInstanceCounters(){this._directedSize=0,this._undirectedSize=0,this._directedSelfLoopCount=0,this._undirectedSelfLoopCount=0}hasNode(t){return this._nodes.has(""+t)}hasDirectedEdge(t,e){if(this.type==="undirected")return!1;if(arguments.length===1){const n=""+t,r=this._edges.get(n);return!!r&&!r.undirected}else if(arguments.length===2){t=""+t,e=""+e;const n=this._nodes.get(t);return n?n.out.hasOwnProperty(e):!1}throw new V(`Graph.hasDirectedEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`)}hasUndirectedEdge(t,e){if(this.type==="directed")return!1;if(arguments.length===1){const n=""+t,r=this._edges.get(n);return!!r&&r.undirected}else if(arguments.length===2){t=""+t,e=""+e;const n=this._nodes.get(t);return n?n.undirected.hasOwnProperty(e):!1}throw new V(`Graph.hasDirectedEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`)}hasEdge(t,e){if(arguments.length===1){const n=""+t;return this._edges.has(n)}else if(arguments.length===2){t=""+t,e=""+e;const n=this._nodes.get(t);return n?typeof n.out<"u"&&n.out.hasOwnProperty(e)||typeof n.undirected<"u"&&n.undirected.hasOwnProperty(e):!1}throw new V(`Graph.hasEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`)}directedEdge(t,e){if(this.type==="undirected")return;if(t=""+t,e=""+e,this.multi)throw new Z("Graph.directedEdge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.directedEdges instead.");const n=this._nodes.get(t);if(!n)throw new U(`Graph.directedEdge: could not find the "${t}" source node in the graph.`);if(!this._nodes.has(e))throw new U(`Graph.directedEdge: could not find the "${e}" target node in the graph.`);const r=n.out&&n.out[e]||void 0;if(r)return r.key}undirectedEdge(t,e){if(this.type==="directed")return;if(t=""+t,e=""+e,this.multi)throw new Z("Graph.undirectedEdge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.undirectedEdges instead.");const n=this._nodes.get(t);if(!n)throw new U(`Graph.undirectedEdge: could not find the "${t}" source node in the graph.`);if(!this._nodes.has(e))throw new U(`Graph.undirectedEdge: could not find the "${e}" target node in the graph.`);const r=n.undirected&&n.undirected[e]||void 0;if(r)return r.key}edge(t,e){if(this.multi)throw new Z("Graph.edge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.edges instead.");t=""+t,e=""+e;const n=this._nodes.get(t);if(!n)throw new U(`Graph.edge: could not find the "${t}" source node in the graph.`);if(!this._nodes.has(e))throw new U(`Graph.edge: could not find the "${e}" target node in the graph.`);const r=n.out&&n.out[e]||n.undirected&&n.undirected[e]||void 0;if(r)return r.key}areDirectedNeighbors(t,e){t=""+t,e=""+e;const n=this._nodes.get(t);if(!n)throw new U(`Graph.areDirectedNeighbors: could not find the "${t}" node in the graph.`);return this.type==="undirected"?!1:e in n.in||e in n.out}areOutNeighbors(t,e){t=""+t,e=""+e;const n=this._nodes.get(t);if(!n)throw new U(`Graph.areOutNeighbors: could not find the "${t}" node in the graph.`);return this.type==="undirected"?!1:e in n.out}areInNeighbors(t,e){t=""+t,e=""+e;const n=this._nodes.get(t);if(!n)throw new U(`Graph.areInNeighbors: could not find the "${t}" node in the graph.`);return this.type==="undirected"?!1:e in n.in}areUndirectedNeighbors(t,e){t=""+t,e=""+e;const n=this._nodes.get(t);if(!n)throw new U(`Graph.areUndirectedNeighbors: could not find the "${t}" node in the graph.`);return this.type==="directed"?!1:e in n.undirected}areNeighbors(t,e){t=""+t,e=""+e;const n=this._nodes.get(t);if(!n)throw new U(`Graph.areNeighbors: could not find the "${t}" node in the graph.`);return this.type!=="undirected"&&(e in n.in||e in n.out)||this.type!=="directed"&&e in n.undirected}areInboundNeighbors(t,e){t=""+t,e=""+e;const n=this._nodes.get(t);if(!n)throw new U(`Graph.areInboundNeighbors: could not find the "${t}" node in the graph.`);return this.type!=="undirected"&&e in n.in||this.type!=="directed"&&e in n.undirected}areOutboundNeighbors(t,e){t=""+t,e=""+e;const n=this._nodes.get(t);if(!n)throw new U(`Graph.areOutboundNeighbors: could not find the "${t}" node in the graph.`);return this.type!=="undirected"&&e in n.out||this.type!=="directed"&&e in n.undirected}inDegree(t){t=""+t;const e=this._nodes.get(t);if(!e)throw new U(`Graph.inDegree: could not find the "${t}" node in the graph.`);return this.type==="undirected"?0:e.inDegree}outDegree(t){t=""+t;const e=this._nodes.get(t);if(!e)throw new U(`Graph.outDegree: could not find the "${t}" node in the graph.`);return this.type==="undirected"?0:e.outDegree}directedDegree(t){t=""+t;const e=this._nodes.get(t);if(!e)throw new U(`Graph.directedDegree: could not find the "${t}" node in the graph.`);return this.type==="undirected"?0:e.inDegree+e.outDegree}undirectedDegree(t){t=""+t;const e=this._nodes.get(t);if(!e)throw new U(`Graph.undirectedDegree: could not find the "${t}" node in the graph.`);return this.type==="directed"?0:e.undirectedDegree}inboundDegree(t){t=""+t;const e=this._nodes.get(t);if(!e)throw new U(`Graph.inboundDegree: could not find the "${t}" node in the graph.`);let n=0;return this.type!=="directed"&&(n+=e.undirectedDegree),this.type!=="undirected"&&(n+=e.inDegree),n}outboundDegree(t){t=""+t;const e=this._nodes.get(t);if(!e)throw new U(`Graph.outboundDegree: could not find the "${t}" node in the graph.`);let n=0;return this.type!=="directed"&&(n+=e.undirectedDegree),this.type!=="undirected"&&(n+=e.outDegree),n}degree(t){t=""+t;const e=this._nodes.get(t);if(!e)throw new U(`Graph.degree: could not find the "${t}" node in the graph.`);let n=0;return this.type!=="directed"&&(n+=e.undirectedDegree),this.type!=="undirected"&&(n+=e.inDegree+e.outDegree),n}inDegreeWithoutSelfLoops(t){t=""+t;const e=this._nodes.get(t);if(!e)throw new U(`Graph.inDegreeWithoutSelfLoops: could not find the "${t}" node in the graph.`);return this.type==="undirected"?0:e.inDegree-e.directedLoops}outDegreeWithoutSelfLoops(t){t=""+t;const e=this._nodes.get(t);if(!e)throw new U(`Graph.outDegreeWithoutSelfLoops: could not find the "${t}" node in the graph.`);return this.type==="undirected"?0:e.outDegree-e.directedLoops}directedDegreeWithoutSelfLoops(t){t=""+t;const e=this._nodes.get(t);if(!e)throw new U(`Graph.directedDegreeWithoutSelfLoops: could not find the "${t}" node in the graph.`);return this.type==="undirected"?0:e.inDegree+e.outDegree-e.directedLoops*2}undirectedDegreeWithoutSelfLoops(t){t=""+t;const e=this._nodes.get(t);if(!e)throw new U(`Graph.undirectedDegreeWithoutSelfLoops: could not find the "${t}" node in the graph.`);return this.type==="directed"?0:e.undirectedDegree-e.undirectedLoops*2}inboundDegreeWithoutSelfLoops(t){t=""+t;const e=this._nodes.get(t);if(!e)throw new U(`Graph.inboundDegreeWithoutSelfLoops: could not find the "${t}" node in the graph.`);let n=0,r=0;return this.type!=="directed"&&(n+=e.undirectedDegree,r+=e.undirectedLoops*2),this.type!=="undirected"&&(n+=e.inDegree,r+=e.directedLoops),n-r}outboundDegreeWithoutSelfLoops(t){t=""+t;const e=this._nodes.get(t);if(!e)throw new U(`Graph.outboundDegreeWithoutSelfLoops: could not find the "${t}" node in the graph.`);let n=0,r=0;return this.type!=="directed"&&(n+=e.undirectedDegree,r+=e.undirectedLoops*2),this.type!=="undirected"&&(n+=e.outDegree,r+=e.directedLoops),n-r}degreeWithoutSelfLoops(t){t=""+t;const e=this._nodes.get(t);if(!e)throw new U(`Graph.degreeWithoutSelfLoops: could not find the "${t}" node in the graph.`);let n=0,r=0;return this.type!=="directed"&&(n+=e.undirectedDegree,r+=e.undirectedLoops*2),this.type!=="undirected"&&(n+=e.inDegree+e.outDegree,r+=e.directedLoops*2),n-r}source(t){t=""+t;const e=this._edges.get(t);if(!e)throw new U(`Graph.source: could not find the "${t}" edge in the graph.`);return e.source.key}target(t){t=""+t;const e=this._edges.get(t);if(!e)throw new U(`Graph.target: could not find the "${t}" edge in the graph.`);return e.target.key}extremities(t){t=""+t;const e=this._edges.get(t);if(!e)throw new U(`Graph.extremities: could not find the "${t}" edge in the graph.`);return[e.source.key,e.target.key]}opposite(t,e){t=""+t,e=""+e;const n=this._edges.get(e);if(!n)throw new U(`Graph.opposite: could not find the "${e}" edge in the graph.`);const r=n.source.key,i=n.target.key;if(t===r)return i;if(t===i)return r;throw new U(`Graph.opposite: the "${t}" node is not attached to the "${e}" edge (${r}, ${i}).`)}hasExtremity(t,e){t=""+t,e=""+e;const n=this._edges.get(t);if(!n)throw new U(`Graph.hasExtremity: could not find the "${t}" edge in the graph.`);return n.source.key===e||n.target.key===e}isUndirected(t){t=""+t;const e=this._edges.get(t);if(!e)throw new U(`Graph.isUndirected: could not find the "${t}" edge in the graph.`);return e.undirected}isDirected(t){t=""+t;const e=this._edges.get(t);if(!e)throw new U(`Graph.isDirected: could not find the "${t}" edge in the graph.`);return!e.undirected}isSelfLoop(t){t=""+t;const e=this._edges.get(t);if(!e)throw new U(`Graph.isSelfLoop: could not find the "${t}" edge in the graph.`);return e.source===e.target}addNode(t,e){return ru(this,t,e).key}mergeNode(t,e){if(e&&!Te(e))throw new V(`Graph.mergeNode: invalid attributes. Expecting an object but got "${e}"`);t=""+t,e=e||{};let n=this._nodes.get(t);return n?(e&&(ge(n.attributes,e),this.emit("nodeAttributesUpdated",{type:"merge",key:t,attributes:n.attributes,data:e})),[t,!1]):(n=new this.NodeDataClass(t,e),this._nodes.set(t,n),this.emit("nodeAdded",{key:t,attributes:e}),[t,!0])}updateNode(t,e){if(e&&typeof e!="function")throw new V(`Graph.updateNode: invalid updater function. Expecting a function but got "${e}"`);t=""+t;let n=this._nodes.get(t);if(n){if(e){const i=n.attributes;n.attributes=e(i),this.emit("nodeAttributesUpdated",{type:"replace",key:t,attributes:n.attributes})}return[t,!1]}const r=e?e({}):{};return n=new this.NodeDataClass(t,r),this._nodes.set(t,n),this.emit("nodeAdded",{key:t,attributes:r}),[t,!0]}dropNode(t){t=""+t;const e=this._nodes.get(t);if(!e)throw new U(`Graph.dropNode: could not find the "${t}" node in the graph.`);let n;if(this.type!=="undirected"){for(const r in e.out){n=e.out[r];do Dt(this,n),n=n.next;while(n)}for(const r in e.in){n=e.in[r];do Dt(this,n),n=n.next;while(n)}}if(this.type!=="directed")for(const r in e.undirected){n=e.undirected[r];do Dt(this,n),n=n.next;while(n)}this._nodes.delete(t),this.emit("nodeDropped",{key:t,attributes:e.attributes})}dropEdge(t){let e;if(arguments.length>1){const n=""+arguments[0],r=""+arguments[1];if(e=$e(this,n,r,this.type),!e)throw new U(`Graph.dropEdge: could not find the "${n}" -> "${r}" edge in the graph.`)}else if(t=""+t,e=this._edges.get(t),!e)throw new U(`Graph.dropEdge: could not find the "${t}" edge in the graph.`);return Dt(this,e),this}dropDirectedEdge(t,e){if(arguments.length<2)throw new Z("Graph.dropDirectedEdge: it does not make sense to try and drop a directed edge by key. What if the edge with this key is undirected? Use #.dropEdge for this purpose instead.");if(this.multi)throw new Z("Graph.dropDirectedEdge: cannot use a {source,target} combo when dropping an edge in a MultiGraph since we cannot infer the one you want to delete as there could be multiple ones.");t=""+t,e=""+e;const n=$e(this,t,e,"directed");if(!n)throw new U(`Graph.dropDirectedEdge: could not find a "${t}" -> "${e}" edge in the graph.`);return Dt(this,n),this}dropUndirectedEdge(t,e){if(arguments.length<2)throw new Z("Graph.dropUndirectedEdge: it does not make sense to drop a directed edge by key. What if the edge with this key is undirected? Use #.dropEdge for this purpose instead.");if(this.multi)throw new Z("Graph.dropUndirectedEdge: cannot use a {source,target} combo when dropping an edge in a MultiGraph since we cannot infer the one you want to delete as there could be multiple ones.");const n=$e(this,t,e,"undirected");if(!n)throw new U(`Graph.dropUndirectedEdge: could not find a "${t}" -> "${e}" edge in the graph.`);return Dt(this,n),this}clear(){this._edges.clear(),this._nodes.clear(),this._resetInstanceCounters(),this.emit("cleared")}clearEdges(){const t=this._nodes.values();let e;for(;e=t.next(),e.done!==!0;)e.value.clear();this._edges.clear(),this._resetInstanceCounters(),this.emit("edgesCleared")}getAttribute(t){return this._attributes[t]}getAttributes(){return this._attributes}hasAttribute(t){return this._attributes.hasOwnProperty(t)}setAttribute(t,e){return this._attributes[t]=e,this.emit("attributesUpdated",{type:"set",attributes:this._attributes,name:t}),this}updateAttribute(t,e){if(typeof e!="function")throw new V("Graph.updateAttribute: updater should be a function.");const n=this._attributes[t];return this._attributes[t]=e(n),this.emit("attributesUpdated",{type:"set",attributes:this._attributes,name:t}),this}removeAttribute(t){return delete this._attributes[t],this.emit("attributesUpdated",{type:"remove",attributes:this._attributes,name:t}),this}replaceAttributes(t){if(!Te(t))throw new V("Graph.replaceAttributes: provided attributes are not a plain object.");return this._attributes=t,this.emit("attributesUpdated",{type:"replace",attributes:this._attributes}),this}mergeAttributes(t){if(!Te(t))throw new V("Graph.mergeAttributes: provided attributes are not a plain object.");return ge(this._attributes,t),this.emit("attributesUpdated",{type:"merge",attributes:this._attributes,data:t}),this}updateAttributes(t){if(typeof t!="function")throw new V("Graph.updateAttributes: provided updater is not a function.");return this._attributes=t(this._attributes),this.emit("attributesUpdated",{type:"update",attributes:this._attributes}),this}updateEachNodeAttributes(t,e){if(typeof t!="function")throw new V("Graph.updateEachNodeAttributes: expecting an updater function.");if(e&&!Ba(e))throw new V("Graph.updateEachNodeAttributes: invalid hints. Expecting an object having the following shape: {attributes?: [string]}");const n=this._nodes.values();let r,i;for(;r=n.next(),r.done!==!0;)i=r.value,i.attributes=t(i.key,i.attributes);this.emit("eachNodeAttributesUpdated",{hints:e||null})}updateEachEdgeAttributes(t,e){if(typeof t!="function")throw new V("Graph.updateEachEdgeAttributes: expecting an updater function.");if(e&&!Ba(e))throw new V("Graph.updateEachEdgeAttributes: invalid hints. Expecting an object having the following shape: {attributes?: [string]}");const n=this._edges.values();let r,i,o,s;for(;r=n.next(),r.done!==!0;)i=r.value,o=i.source,s=i.target,i.attributes=t(i.key,i.attributes,o.key,s.key,o.attributes,s.attributes,i.undirected);this.emit("eachEdgeAttributesUpdated",{hints:e||null})}forEachAdjacencyEntry(t){if(typeof t!="function")throw new V("Graph.forEachAdjacencyEntry: expecting a callback.");Ln(!1,!1,!1,this,t)}forEachAdjacencyEntryWithOrphans(t){if(typeof t!="function")throw new V("Graph.forEachAdjacencyEntryWithOrphans: expecting a callback.");Ln(!1,!1,!0,this,t)}forEachAssymetricAdjacencyEntry(t){if(typeof t!="function")throw new V("Graph.forEachAssymetricAdjacencyEntry: expecting a callback.");Ln(!1,!0,!1,this,t)}forEachAssymetricAdjacencyEntryWithOrphans(t){if(typeof t!="function")throw new V("Graph.forEachAssymetricAdjacencyEntryWithOrphans: expecting a callback.");Ln(!1,!0,!0,this,t)}nodes(){return Array.from(this._nodes.keys())}forEachNode(t){if(typeof t!="function")throw new V("Graph.forEachNode: expecting a callback.");const e=this._nodes.values();let n,r;for(;n=e.next(),n.done!==!0;)r=n.value,t(r.key,r.attributes)}findNode(t){if(typeof t!="function")throw new V("Graph.findNode: expecting a callback.");const e=this._nodes.values();let n,r;for(;n=e.next(),n.done!==!0;)if(r=n.value,t(r.key,r.attributes))return r.key}mapNodes(t){if(typeof t!="function")throw new V("Graph.mapNode: expecting a callback.");const e=this._nodes.values();let n,r;const i=new Array(this.order);let o=0;for(;n=e.next(),n.done!==!0;)r=n.value,i[o++]=t(r.key,r.attributes);return i}someNode(t){if(typeof t!="function")throw new V("Graph.someNode: expecting a callback.");const e=this._nodes.values();let n,r;for(;n=e.next(),n.done!==!0;)if(r=n.value,t(r.key,r.attributes))return!0;return!1}everyNode(t){if(typeof t!="function")throw new V("Graph.everyNode: expecting a callback.");const e=this._nodes.values();let n,r;for(;n=e.next(),n.done!==!0;)if(r=n.value,!t(r.key,r.attributes))return!1;return!0}filterNodes(t){if(typeof t!="function")throw new V("Graph.filterNodes: expecting a callback.");const e=this._nodes.values();let n,r;const i=[];for(;n=e.next(),n.done!==!0;)r=n.value,t(r.key,r.attributes)&&i.push(r.key);return i}reduceNodes(t,e){if(typeof t!="function")throw new V("Graph.reduceNodes: expecting a callback.");if(arguments.length<2)throw new V("Graph.reduceNodes: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array.");let n=e;const r=this._nodes.values();let i,o;for(;i=r.next(),i.done!==!0;)o=i.value,n=t(n,o.key,o.attributes);return n}nodeEntries(){const t=this._nodes.values();return{[Symbol.iterator](){return this},next(){const e=t.next();if(e.done)return e;const n=e.value;return{value:{node:n.key,attributes:n.attributes},done:!1}}}}export(){const t=new Array(this._nodes.size);let e=0;this._nodes.forEach((r,i)=>{t[e++]=Xl(i,r)});const n=new Array(this._edges.size);return e=0,this._edges.forEach((r,i)=>{n[e++]=Yl(this.type,i,r)}),{options:{type:this.type,multi:this.multi,allowSelfLoops:this.allowSelfLoops},attributes:this.getAttributes(),nodes:t,edges:n}}import(t,e=!1){if(t instanceof oe)return t.forEachNode((l,u)=>{e?this.mergeNode(l,u):this.addNode(l,u)}),t.forEachEdge((l,u,d,h,c,f,g)=>{e?g?this.mergeUndirectedEdgeWithKey(l,d,h,u):this.mergeDirectedEdgeWithKey(l,d,h,u):g?this.addUndirectedEdgeWithKey(l,d,h,u):this.addDirectedEdgeWithKey(l,d,h,u)}),this;if(!Te(t))throw new V("Graph.import: invalid argument. Expecting a serialized graph or, alternatively, a Graph instance.");if(t.attributes){if(!Te(t.attributes))throw new V("Graph.import: invalid attributes. Expecting a plain object.");e?this.mergeAttributes(t.attributes):this.replaceAttributes(t.attributes)}let n,r,i,o,s;if(t.nodes){if(i=t.nodes,!Array.isArray(i))throw new V("Graph.import: invalid nodes. Expecting an array.");for(n=0,r=i.length;n<r;n++){o=i[n],Zl(o);const{key:l,attributes:u}=o;e?this.mergeNode(l,u):this.addNode(l,u)}}if(t.edges){let l=!1;if(this.type==="undirected"&&(l=!0),i=t.edges,!Array.isArray(i))throw new V("Graph.import: invalid edges. Expecting an array.");for(n=0,r=i.length;n<r;n++){s=i[n],Ql(s);const{source:u,target:d,attributes:h,undirected:c=l}=s;let f;"key"in s?(f=e?c?this.mergeUndirectedEdgeWithKey:this.mergeDirectedEdgeWithKey:c?this.addUndirectedEdgeWithKey:this.addDirectedEdgeWithKey,f.call(this,s.key,u,d,h)):(f=e?c?this.mergeUndirectedEdge:this.mergeDirectedEdge:c?this.addUndirectedEdge:this.addDirectedEdge,f.call(this,u,d,h))}}return this}nullCopy(t){const e=new oe(ge({},this._options,t));return e.replaceAttributes(ge({},this.getAttributes())),e}emptyCopy(t){const e=this.nullCopy(t);return this._nodes.forEach((n,r)=>{const i=ge({},n.attributes);n=new e.NodeDataClass(r,i),e._nodes.set(r,n)}),e}copy(t){if(t=t||{},typeof t.type=="string"&&t.type!==this.type&&t.type!=="mixed")throw new Z(`Graph.copy: cannot create an incompatible copy from "${this.type}" type to "${t.type}" because this would mean losing information about the current graph.`);if(typeof t.multi=="boolean"&&t.multi!==this.multi&&t.multi!==!0)throw new Z("Graph.copy: cannot create an incompatible copy by downgrading a multi graph to a simple one because this would mean losing information about the current graph.");if(typeof t.allowSelfLoops=="boolean"&&t.allowSelfLoops!==this.allowSelfLoops&&t.allowSelfLoops!==!0)throw new Z("Graph.copy: cannot create an incompatible copy from a graph allowing self loops to one that does not because this would mean losing information about the current graph.");const e=this.emptyCopy(t),n=this._edges.values();let r,i;for(;r=n.next(),r.done!==!0;)i=r.value,Fo(e,"copy",!1,i.undirected,i.key,i.source.key,i.target.key,ge({},i.attributes));return e}toJSON(){return this.export()}toString(){return"[object Graph]"}inspect(){const t={};this._nodes.forEach((i,o)=>{t[o]=i.attributes});const e={},n={};this._edges.forEach((i,o)=>{const s=i.undirected?"--":"->";let l="",u=i.source.key,d=i.target.key,h;i.undirected&&u>d&&(h=u,u=d,d=h);const c=`(${u})${s}(${d})`;o.startsWith("geid_")?this.multi&&(typeof n[c]>"u"?n[c]=0:n[c]++,l+=`${n[c]}. `):l+=`[${o}]: `,l+=c,e[l]=i.attributes});const r={};for(const i in this)this.hasOwnProperty(i)&&!Oa.has(i)&&typeof this[i]!="function"&&typeof i!="symbol"&&(r[i]=this[i]);return r.attributes=this._attributes,r.nodes=t,r.edges=e,Me(r,"constructor",this.constructor),r}}typeof Symbol<"u"&&(oe.prototype[Symbol.for("nodejs.util.inspect.custom")]=oe.prototype.inspect);tu.forEach(a=>{["add","merge","update"].forEach(t=>{const e=a.name(t),n=t==="add"?Fo:au;a.generateKey?oe.prototype[e]=function(r,i,o){return n(this,e,!0,(a.type||this.type)==="undirected",null,r,i,o,t==="update")}:oe.prototype[e]=function(r,i,o,s){return n(this,e,!1,(a.type||this.type)==="undirected",r,i,o,s,t==="update")}})});fl(oe);El(oe);Ol(oe);Kl(oe);class No extends oe{constructor(t){const e=ge({type:"directed"},t);if("multi"in e&&e.multi!==!1)throw new V("DirectedGraph.from: inconsistent indication that the graph should be multi in given options!");if(e.type!=="directed")throw new V('DirectedGraph.from: inconsistent "'+e.type+'" type in given options!');super(e)}}class Go extends oe{constructor(t){const e=ge({type:"undirected"},t);if("multi"in e&&e.multi!==!1)throw new V("UndirectedGraph.from: inconsistent indication that the graph should be multi in given options!");if(e.type!=="undirected")throw new V('UndirectedGraph.from: inconsistent "'+e.type+'" type in given options!');super(e)}}class zo extends oe{constructor(t){const e=ge({multi:!0},t);if("multi"in e&&e.multi!==!0)throw new V("MultiGraph.from: inconsistent indication that the graph should be simple in given options!");super(e)}}class Mo extends oe{constructor(t){const e=ge({type:"directed",multi:!0},t);if("multi"in e&&e.multi!==!0)throw new V("MultiDirectedGraph.from: inconsistent indication that the graph should be simple in given options!");if(e.type!=="directed")throw new V('MultiDirectedGraph.from: inconsistent "'+e.type+'" type in given options!');super(e)}}class Bo extends oe{constructor(t){const e=ge({type:"undirected",multi:!0},t);if("multi"in e&&e.multi!==!0)throw new V("MultiUndirectedGraph.from: inconsistent indication that the graph should be simple in given options!");if(e.type!=="undirected")throw new V('MultiUndirectedGraph.from: inconsistent "'+e.type+'" type in given options!');super(e)}}function Kt(a){a.from=function(t,e){const n=ge({},t.options,e),r=new a(n);return r.import(t),r}}Kt(oe);Kt(No);Kt(Go);Kt(zo);Kt(Mo);Kt(Bo);oe.Graph=oe;oe.DirectedGraph=No;oe.UndirectedGraph=Go;oe.MultiGraph=zo;oe.MultiDirectedGraph=Mo;oe.MultiUndirectedGraph=Bo;oe.InvalidArgumentsGraphError=V;oe.NotFoundGraphError=U;oe.UsageGraphError=Z;function iu(){return new oe({type:"directed",multi:!0,allowSelfLoops:!0})}function ou(a){const t=a.at?Date.parse(a.at):NaN;return{kind:a.kind,label:a.label||a.id,at:a.at||null,t:Number.isFinite(t)?t:null,knownSmuggler:!!a.knownSmuggler,communityId:a.communityId??null,pagerank:a.pagerank??null,networkRisk:a.networkRisk??null,degree:a.degree??null}}function su(a){const t=a.at?Date.parse(a.at):NaN;return{kind:a.kind,from:a.from,to:a.to,at:a.at||null,t:Number.isFinite(t)?t:null}}class lu{constructor(t=iu()){this.graph=t,this.stack=[],this.tx=null,this.maxUndo=200,this.listeners=new Set,this.notes={},this.groupSeq=0}on(t){return this.listeners.add(t),()=>this.listeners.delete(t)}emit(t){for(const e of this.listeners)e(t)}transaction(t,e){if(this.tx)return e();this.tx={label:t,ops:[]};let n;try{n=e()}finally{const r=this.tx;this.tx=null,r.ops.length&&(this.stack.push(r),this.stack.length>this.maxUndo&&this.stack.shift()),this.emit("change")}return n}record(t){this.tx&&this.tx.ops.push(t)}canUndo(){return this.stack.length>0}undoLabel(){return this.stack.length?this.stack[this.stack.length-1].label:null}undo(){const t=this.stack.pop();if(!t)return null;for(let e=t.ops.length-1;e>=0;e--)t.ops[e]();return this.emit("change"),t.label}clearHistory(){this.stack=[],this.emit("change")}upsertNode(t,e){const n=this.graph;return n.hasNode(t)?(this.setNodeAttrs(t,e),!1):(n.addNode(t,e),this.record(()=>{n.hasNode(t)&&n.dropNode(t)}),!0)}upsertEdge(t,e,n,r){const i=this.graph;return!i.hasNode(e)||!i.hasNode(n)||i.hasEdge(t)?!1:(i.addEdgeWithKey(t,e,n,r),this.record(()=>{i.hasEdge(t)&&i.dropEdge(t)}),!0)}setNodeAttrs(t,e){const n=this.graph;if(!n.hasNode(t))return;const r=n.getNodeAttributes(t),i={},o=[];let s=!1;for(const l of Object.keys(e))r[l]!==e[l]&&(s=!0,l in r?i[l]=r[l]:o.push(l));s&&(n.mergeNodeAttributes(t,e),this.record(()=>{if(n.hasNode(t)){n.mergeNodeAttributes(t,i);for(const l of o)n.removeNodeAttribute(t,l)}}))}dropNode(t){const e=this.graph;if(!e.hasNode(t))return;const n={...e.getNodeAttributes(t)},r=[];e.forEachEdge(t,(i,o,s,l)=>r.push([i,s,l,{...o}])),e.dropNode(t),this.record(()=>{e.hasNode(t)||e.addNode(t,n);for(const[i,o,s,l]of r)!e.hasEdge(i)&&e.hasNode(o)&&e.hasNode(s)&&e.addEdgeWithKey(i,o,s,l)})}snapshotPositions(){const t=this.graph,e=new Map;t.forEachNode((n,r)=>e.set(n,[r.x,r.y])),this.record(()=>{t.updateEachNodeAttributes((n,r)=>{const i=e.get(n);return i&&(r.x=i[0],r.y=i[1]),r},{attributes:["x","y"]})})}addApiNodes(t,e=null){const n=this.graph,r=[];let i=0,o=0,s=1,l=1/0,u=-1/0,d=1/0,h=-1/0;n.forEachNode((f,g)=>{g.x<l&&(l=g.x),g.x>u&&(u=g.x),g.y<d&&(d=g.y),g.y>h&&(h=g.y)});const c=n.order>1?Math.max(u-l,h-d):0;return e&&n.hasNode(e)?(i=n.getNodeAttribute(e,"x"),o=n.getNodeAttribute(e,"y"),s=Math.max(1,Math.sqrt(n.order)*.15,c*.12)):n.order&&(i=(l+u)/2,o=(d+h)/2,s=Math.max(Math.sqrt(n.order)*2,c*.6)),t.forEach((f,g)=>{if(!f||!f.id)return;const p=ou(f);if(n.hasNode(f.id))this.setNodeAttrs(f.id,p),n.getNodeAttribute(f.id,"userHidden")&&this.setNodeAttrs(f.id,{userHidden:!1});else{const v=g/Math.max(1,t.length)*Math.PI*2+Math.random()*.3,m=s*(.5+Math.random()*.5);p.x=i+Math.cos(v)*m,p.y=o+Math.sin(v)*m,this.upsertNode(f.id,p),r.push(f.id)}}),r}addApiEdges(t){let e=0;for(const n of t)n&&this.upsertEdge(n.id,n.from,n.to,su(n))&&e++;return e}group(t,e){const n=this.graph,r=t.filter(c=>n.hasNode(c)&&!n.getNodeAttribute(c,"isGroup"));if(r.length<2)return null;let i;do i=`Group:${++this.groupSeq}`;while(n.hasNode(i));let o=0,s=0,l=0,u=0;for(const c of r){const f=n.getNodeAttributes(c);o+=f.x,s+=f.y,f.knownSmuggler&&l++,u=Math.max(u,f.networkRisk||0)}const d=new Set(r);this.upsertNode(i,{kind:"Group",label:e||`Group of ${r.length}`,isGroup:!0,members:r,x:o/r.length,y:s/r.length,knownSmuggler:l>0,networkRisk:u,communityId:null,pagerank:null,degree:null,t:null,at:null});const h=new Map;for(const c of r)n.forEachEdge(c,(f,g,p,v)=>{const m=p===c?v:p;if(d.has(m))return;const y=p===c,_=`${y?"o":"i"}|${m}|${g.kind}`;h.has(_)||h.set(_,{other:m,kind:g.kind,out:y,n:0}),h.get(_).n++}),this.setNodeAttrs(c,{groupId:i});for(const{other:c,kind:f,out:g,n:p}of h.values()){const v=g?i:c,m=g?c:i;this.upsertEdge(`${v}-${f}->${m}`,v,m,{kind:f,from:v,to:m,t:null,at:null,grouped:p})}return i}ungroup(t){const e=this.graph;if(!e.hasNode(t)||!e.getNodeAttribute(t,"isGroup"))return[];const n=e.getNodeAttribute(t,"members")||[];for(const r of n)e.hasNode(r)&&this.setNodeAttrs(r,{groupId:null});return this.dropNode(t),n}}function Xr(a,t){(t==null||t>a.length)&&(t=a.length);for(var e=0,n=Array(t);e<t;e++)n[e]=a[e];return n}function va(a,t){if(a){if(typeof a=="string")return Xr(a,t);var e={}.toString.call(a).slice(8,-1);return e==="Object"&&a.constructor&&(e=a.constructor.name),e==="Map"||e==="Set"?Array.from(a):e==="Arguments"||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(e)?Xr(a,t):void 0}}function uu(a){if(Array.isArray(a))return a}function du(a,t){var e=a==null?null:typeof Symbol<"u"&&a[Symbol.iterator]||a["@@iterator"];if(e!=null){var n,r,i,o,s=[],l=!0,u=!1;try{if(i=(e=e.call(a)).next,t===0){if(Object(e)!==e)return;l=!1}else for(;!(l=(n=i.call(e)).done)&&(s.push(n.value),s.length!==t);l=!0);}catch(d){u=!0,r=d}finally{try{if(!l&&e.return!=null&&(o=e.return(),Object(o)!==o))return}finally{if(u)throw r}}return s}}function hu(){throw new TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function le(a,t){return uu(a)||du(a,t)||va(a,t)||hu()}function O(a,t){var e=typeof Symbol<"u"&&a[Symbol.iterator]||a["@@iterator"];if(!e){if(Array.isArray(a)||(e=va(a))||t){e&&(a=e);var n=0,r=function(){};return{s:r,n:function(){return n>=a.length?{done:!0}:{done:!1,value:a[n++]}},e:function(l){throw l},f:r}}throw new TypeError(`Invalid attempt to iterate non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}var i,o=!0,s=!1;return{s:function(){e=e.call(a)},n:function(){var l=e.next();return o=l.done,l},e:function(l){s=!0,i=l},f:function(){try{o||e.return==null||e.return()}finally{if(s)throw i}}}}function Ve(){return Float32Array.of(1,0,0,0,1,0,0,0,1)}function Pn(a,t,e){return a[0]=t,a[4]=typeof e=="number"?e:t,a}function Wa(a,t){var e=Math.sin(t),n=Math.cos(t);return a[0]=n,a[1]=e,a[3]=-e,a[4]=n,a}function Ua(a,t,e){return a[6]=t,a[7]=e,a}function st(a,t){var e=a[0],n=a[1],r=a[2],i=a[3],o=a[4],s=a[5],l=a[6],u=a[7],d=a[8],h=t[0],c=t[1],f=t[2],g=t[3],p=t[4],v=t[5],m=t[6],y=t[7],_=t[8];return a[0]=h*e+c*i+f*l,a[1]=h*n+c*o+f*u,a[2]=h*r+c*s+f*d,a[3]=g*e+p*i+v*l,a[4]=g*n+p*o+v*u,a[5]=g*r+p*s+v*d,a[6]=m*e+y*i+_*l,a[7]=m*n+y*o+_*u,a[8]=m*r+y*s+_*d,a}function Oo(a,t){var e=Math.cos(t),n=Math.sin(t);return{x:e*a.x+n*a.y,y:-n*a.x+e*a.y}}function vn(a,t){var e=arguments.length>2&&arguments[2]!==void 0?arguments[2]:1,n=a[0],r=a[1],i=a[3],o=a[4],s=a[6],l=a[7],u=t.x,d=t.y;return{x:u*n+d*i+s*e,y:u*r+d*o+l*e}}function cu(a,t){var e=a.height/a.width,n=t.height/t.width;return e<1&&n>1||e>1&&n<1?1:Math.min(Math.max(n,1/n),Math.max(1/e,e))}function xt(a,t,e,n,r){var i=a.angle,o=a.ratio,s=a.x,l=a.y,u=t.width,d=t.height,h=Ve(),c=Math.min(u,d)-2*n,f=cu(t,e);return r?(st(h,Ua(Ve(),s,l)),st(h,Pn(Ve(),o)),st(h,Wa(Ve(),i)),st(h,Pn(Ve(),u/c/2/f,d/c/2/f))):(st(h,Pn(Ve(),2*(c/u)*f,2*(c/d)*f)),st(h,Wa(Ve(),-i)),st(h,Pn(Ve(),1/o)),st(h,Ua(Ve(),-s,-l))),h}function fu(a,t,e){var n=vn(a,{x:Math.cos(t.angle),y:Math.sin(t.angle)},0),r=n.x,i=n.y;return 1/Math.sqrt(Math.pow(r,2)+Math.pow(i,2))/e.width}function $o(a,t,e,n,r){var i=Math.floor(t/r*n),o=Math.floor(a.drawingBufferHeight/r-e/r*n);return[i,o]}var dn={black:"#000000",silver:"#C0C0C0",gray:"#808080",grey:"#808080",white:"#FFFFFF",maroon:"#800000",red:"#FF0000",purple:"#800080",fuchsia:"#FF00FF",green:"#008000",lime:"#00FF00",olive:"#808000",yellow:"#FFFF00",navy:"#000080",blue:"#0000FF",teal:"#008080",aqua:"#00FFFF",darkblue:"#00008B",mediumblue:"#0000CD",darkgreen:"#006400",darkcyan:"#008B8B",deepskyblue:"#00BFFF",darkturquoise:"#00CED1",mediumspringgreen:"#00FA9A",springgreen:"#00FF7F",cyan:"#00FFFF",midnightblue:"#191970",dodgerblue:"#1E90FF",lightseagreen:"#20B2AA",forestgreen:"#228B22",seagreen:"#2E8B57",darkslategray:"#2F4F4F",darkslategrey:"#2F4F4F",limegreen:"#32CD32",mediumseagreen:"#3CB371",turquoise:"#40E0D0",royalblue:"#4169E1",steelblue:"#4682B4",darkslateblue:"#483D8B",mediumturquoise:"#48D1CC",indigo:"#4B0082",darkolivegreen:"#556B2F",cadetblue:"#5F9EA0",cornflowerblue:"#6495ED",rebeccapurple:"#663399",mediumaquamarine:"#66CDAA",dimgray:"#696969",dimgrey:"#696969",slateblue:"#6A5ACD",olivedrab:"#6B8E23",slategray:"#708090",slategrey:"#708090",lightslategray:"#778899",lightslategrey:"#778899",mediumslateblue:"#7B68EE",lawngreen:"#7CFC00",chartreuse:"#7FFF00",aquamarine:"#7FFFD4",skyblue:"#87CEEB",lightskyblue:"#87CEFA",blueviolet:"#8A2BE2",darkred:"#8B0000",darkmagenta:"#8B008B",saddlebrown:"#8B4513",darkseagreen:"#8FBC8F",lightgreen:"#90EE90",mediumpurple:"#9370DB",darkviolet:"#9400D3",palegreen:"#98FB98",darkorchid:"#9932CC",yellowgreen:"#9ACD32",sienna:"#A0522D",brown:"#A52A2A",darkgray:"#A9A9A9",darkgrey:"#A9A9A9",lightblue:"#ADD8E6",greenyellow:"#ADFF2F",paleturquoise:"#AFEEEE",lightsteelblue:"#B0C4DE",powderblue:"#B0E0E6",firebrick:"#B22222",darkgoldenrod:"#B8860B",mediumorchid:"#BA55D3",rosybrown:"#BC8F8F",darkkhaki:"#BDB76B",mediumvioletred:"#C71585",indianred:"#CD5C5C",peru:"#CD853F",chocolate:"#D2691E",tan:"#D2B48C",lightgray:"#D3D3D3",lightgrey:"#D3D3D3",thistle:"#D8BFD8",orchid:"#DA70D6",goldenrod:"#DAA520",palevioletred:"#DB7093",crimson:"#DC143C",gainsboro:"#DCDCDC",plum:"#DDA0DD",burlywood:"#DEB887",lightcyan:"#E0FFFF",lavender:"#E6E6FA",darksalmon:"#E9967A",violet:"#EE82EE",palegoldenrod:"#EEE8AA",lightcoral:"#F08080",khaki:"#F0E68C",aliceblue:"#F0F8FF",honeydew:"#F0FFF0",azure:"#F0FFFF",sandybrown:"#F4A460",wheat:"#F5DEB3",beige:"#F5F5DC",whitesmoke:"#F5F5F5",mintcream:"#F5FFFA",ghostwhite:"#F8F8FF",salmon:"#FA8072",antiquewhite:"#FAEBD7",linen:"#FAF0E6",lightgoldenrodyellow:"#FAFAD2",oldlace:"#FDF5E6",magenta:"#FF00FF",deeppink:"#FF1493",orangered:"#FF4500",tomato:"#FF6347",hotpink:"#FF69B4",coral:"#FF7F50",darkorange:"#FF8C00",lightsalmon:"#FFA07A",orange:"#FFA500",lightpink:"#FFB6C1",pink:"#FFC0CB",gold:"#FFD700",peachpuff:"#FFDAB9",navajowhite:"#FFDEAD",moccasin:"#FFE4B5",bisque:"#FFE4C4",mistyrose:"#FFE4E1",blanchedalmond:"#FFEBCD",papayawhip:"#FFEFD5",lavenderblush:"#FFF0F5",seashell:"#FFF5EE",cornsilk:"#FFF8DC",lemonchiffon:"#FFFACD",floralwhite:"#FFFAF0",snow:"#FFFAFA",lightyellow:"#FFFFE0",ivory:"#FFFFF0"},Wo=new Int8Array(4),Hn=new Int32Array(Wo.buffer,0,1),Uo=new Float32Array(Wo.buffer,0,1),gu=/^\s*rgba?\s*\(/,pu=/^\s*rgba?\s*\(\s*([0-9]*)\s*,\s*([0-9]*)\s*,\s*([0-9]*)(?:\s*,\s*(.*)?)?\)\s*$/;function ya(a){var t=0,e=0,n=0,r=1,i=a.toLowerCase();if(i==="transparent")return{r:0,g:0,b:0,a:0};if(i in dn)return ya(dn[i]);if(a[0]==="#")a.length===4?(t=parseInt(a.charAt(1)+a.charAt(1),16),e=parseInt(a.charAt(2)+a.charAt(2),16),n=parseInt(a.charAt(3)+a.charAt(3),16)):(t=parseInt(a.charAt(1)+a.charAt(2),16),e=parseInt(a.charAt(3)+a.charAt(4),16),n=parseInt(a.charAt(5)+a.charAt(6),16)),a.length===9&&(r=parseInt(a.charAt(7)+a.charAt(8),16)/255);else if(gu.test(a)){var o=a.match(pu);o&&(t=+o[1],e=+o[2],n=+o[3],o[4]&&(r=+o[4]))}return{r:t,g:e,b:n,a:r}}var Ot={};for(var In in dn)Ot[In]=Ze(dn[In]),Ot[dn[In]]=Ot[In];function mu(a,t,e,n,r){return Hn[0]=n<<24|e<<16|t<<8|a,Hn[0]=Hn[0]&4278190079,Uo[0]}function Ze(a){if(a=a.toLowerCase(),typeof Ot[a]<"u")return Ot[a];var t=ya(a),e=t.r,n=t.g,r=t.b,i=t.a;i=i*255|0;var o=mu(e,n,r,i);return Ot[a]=o,o}function hn(a,t){Uo[0]=Ze(a);var e=Hn[0],n=e&255,r=e>>8&255,i=e>>16&255,o=e>>24&255;return[n,r,i,o]}function Yn(a){var t=a>>>8&255,e=a>>>16&255,n=a>>>24&255,r=a&255;return(r<<24|n<<16|e<<8|t)>>>0}function Ho(a,t,e,n){return(e<<24|t<<16|a<<8|n)>>>0}function vu(a,t,e,n,r,i){var o=$o(a,e,n,r,i),s=le(o,2),l=s[0],u=s[1],d=new Uint8Array(4);a.bindFramebuffer(a.FRAMEBUFFER,t),a.readPixels(l,u,1,1,a.RGBA,a.UNSIGNED_BYTE,d);var h=le(d,4),c=h[0],f=h[1],g=h[2],p=h[3];return[c,f,g,p]}function yu(a){var t=ya(a),e=t.r,n=t.g,r=t.b,i=t.a,o=(e/255).toFixed(6),s=(n/255).toFixed(6),l=(r/255).toFixed(6),u=i.toFixed(6);return"vec4(".concat(o,", ").concat(s,", ").concat(l,", ").concat(u,")")}function bu(a,t){if(typeof a!="object"||!a)return a;var e=a[Symbol.toPrimitive];if(e!==void 0){var n=e.call(a,t);if(typeof n!="object")return n;throw new TypeError("@@toPrimitive must return a primitive value.")}return(t==="string"?String:Number)(a)}function qo(a){var t=bu(a,"string");return typeof t=="symbol"?t:t+""}function I(a,t,e){return(t=qo(t))in a?Object.defineProperty(a,t,{value:e,enumerable:!0,configurable:!0,writable:!0}):a[t]=e,a}function Ha(a,t){var e=Object.keys(a);if(Object.getOwnPropertySymbols){var n=Object.getOwnPropertySymbols(a);t&&(n=n.filter(function(r){return Object.getOwnPropertyDescriptor(a,r).enumerable})),e.push.apply(e,n)}return e}function H(a){for(var t=1;t<arguments.length;t++){var e=arguments[t]!=null?arguments[t]:{};t%2?Ha(Object(e),!0).forEach(function(n){I(a,n,e[n])}):Object.getOwnPropertyDescriptors?Object.defineProperties(a,Object.getOwnPropertyDescriptors(e)):Ha(Object(e)).forEach(function(n){Object.defineProperty(a,n,Object.getOwnPropertyDescriptor(e,n))})}return a}function ne(a,t){if(!(a instanceof t))throw new TypeError("Cannot call a class as a function")}function qa(a,t){for(var e=0;e<t.length;e++){var n=t[e];n.enumerable=n.enumerable||!1,n.configurable=!0,"value"in n&&(n.writable=!0),Object.defineProperty(a,qo(n.key),n)}}function re(a,t,e){return t&&qa(a.prototype,t),e&&qa(a,e),Object.defineProperty(a,"prototype",{writable:!1}),a}function Wt(a){return Wt=Object.setPrototypeOf?Object.getPrototypeOf.bind():function(t){return t.__proto__||Object.getPrototypeOf(t)},Wt(a)}function Vo(){try{var a=!Boolean.prototype.valueOf.call(Reflect.construct(Boolean,[],function(){}))}catch{}return(Vo=function(){return!!a})()}function xu(a){if(a===void 0)throw new ReferenceError("this hasn't been initialised - super() hasn't been called");return a}function _u(a,t){if(t&&(typeof t=="object"||typeof t=="function"))return t;if(t!==void 0)throw new TypeError("Derived constructors may only return object or undefined");return xu(a)}function me(a,t,e){return t=Wt(t),_u(a,Vo()?Reflect.construct(t,e||[],Wt(a).constructor):t.apply(a,e))}function Yr(a,t){return Yr=Object.setPrototypeOf?Object.setPrototypeOf.bind():function(e,n){return e.__proto__=n,e},Yr(a,t)}function ve(a,t){if(typeof t!="function"&&t!==null)throw new TypeError("Super expression must either be null or a function");a.prototype=Object.create(t&&t.prototype,{constructor:{value:a,writable:!0,configurable:!0}}),Object.defineProperty(a,"prototype",{writable:!1}),t&&Yr(a,t)}function Su(a){if(Array.isArray(a))return Xr(a)}function Tu(a){if(typeof Symbol<"u"&&a[Symbol.iterator]!=null||a["@@iterator"]!=null)return Array.from(a)}function Eu(){throw new TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function Q(a){return Su(a)||Tu(a)||va(a)||Eu()}function ae(a){"@babel/helpers - typeof";return ae=typeof Symbol=="function"&&typeof Symbol.iterator=="symbol"?function(t){return typeof t}:function(t){return t&&typeof Symbol=="function"&&t.constructor===Symbol&&t!==Symbol.prototype?"symbol":typeof t},ae(a)}function rt(a){return ae(a)==="object"&&a!==null&&"attribute"in a}function jo(){var a=`
float sdf_circle(vec2 uv, float size) {
  return length(uv) - size;
}
`;return{name:"circle",glsl:a,uniforms:[]}}function Ko(a){var t,e=WebGL2RenderingContext,n=e.UNSIGNED_BYTE,r=(t=void 0)!==null&&t!==void 0?t:{attribute:"color"};if(!rt(r)){var i=r,o=`
vec4 layer_fill() {
  return `.concat(yu(i),`;
}
`);return{name:"fill",uniforms:[],attributes:[],glsl:o}}var s=r.attribute,l=`
vec4 layer_fill(vec4 v_fillColor) {
  return v_fillColor;
}
`;return{name:"fill",uniforms:[],attributes:[{name:"fillColor",size:4,type:n,normalized:!0,source:s}],glsl:l}}function Xt(a){{var t=`
// Plain solid color layer
vec4 layer_plain(EdgeContext ctx) {
  return v_color;
}
`;return{name:"plain",glsl:t,uniforms:[],attributes:[]}}}function Xo(){var a=`
// Position at parameter t ∈ [0, 1]
vec2 path_straight_position(float t, vec2 source, vec2 target) {
  return mix(source, target, t);
}

// Total length of the path (analytical - more efficient than sampling)
float path_straight_length(vec2 source, vec2 target) {
  return length(target - source);
}
`;return{name:"straight",segments:1,minBodyLengthRatio:0,linearParameterization:!0,glsl:a,uniforms:[],attributes:[]}}function wu(a){var t=a??{},e=t.segments,n=e===void 0?32:e,r=`
const float LOOP_PI = 3.141592653589793;

float loopWorldRadius() {
  float nodeWorldRadius = v_sourceNodeSize * u_correctionRatio / u_sizeRatio;
  return max(v_loopRadius * nodeWorldRadius, 0.001);
}

// Cubic Bézier with P0 = P3 = source.
// Control points extend outward orthogonal to the node surface at exit/entry angles.
vec2 path_loop_position(float t, vec2 source, vec2 target) {
  float R = loopWorldRadius();
  float angle = v_loopAngle + (v_loopFixedOrientation > 0.5 ? u_cameraAngle : 0.0);
  float halfSpread = v_loopSpread * 0.5;

  float exitAngle = angle - halfSpread;
  float entryAngle = angle + halfSpread;

  // Control point distance: at t=0.5 the Bézier reaches 0.75 * cpDist * cos(halfSpread)
  // from source. Solve for cpDist so the loop tip reaches exactly R.
  float cpDist = R / (0.75 * cos(halfSpread));

  vec2 cp1 = source + cpDist * vec2(cos(exitAngle), sin(exitAngle));
  vec2 cp2 = source + cpDist * vec2(cos(entryAngle), sin(entryAngle));

  float u = 1.0 - t;
  vec2 d1 = cp1 - source;
  vec2 d2 = cp2 - source;
  return source + 3.0 * t * u * (u * d1 + t * d2);
}

// Approximate arc length via chord sampling
float path_loop_length(vec2 source, vec2 target) {
  float len = 0.0;
  vec2 prev = path_loop_position(0.0, source, target);
  const int STEPS = 16;
  for (int i = 1; i <= STEPS; i++) {
    float t = float(i) / float(STEPS);
    vec2 cur = path_loop_position(t, source, target);
    len += length(cur - prev);
    prev = cur;
  }
  return len;
}
`;return{name:"loop",segments:n,glsl:r,needsNodeSize:!0,uniforms:[],attributes:[{name:"loopRadius",size:1,type:WebGL2RenderingContext.FLOAT},{name:"loopAngle",size:1,type:WebGL2RenderingContext.FLOAT},{name:"loopSpread",size:1,type:WebGL2RenderingContext.FLOAT},{name:"loopFixedOrientation",size:1,type:WebGL2RenderingContext.FLOAT}],variables:{loopRadius:{type:"number",default:4},loopAngle:{type:"number",default:Math.PI/4},loopSpread:{type:"number",default:80*Math.PI/180},loopFixedOrientation:{type:"number",default:0}},spread:{variable:"loopRadius",compute:function(o){return o+4}}}}function ku(a){return ae(a)==="object"&&"glsl"in a&&!("attributes"in a)}function Ru(a){return ae(a)==="object"&&"glsl"in a&&!("attributes"in a)}var Zr={shapes:[jo()],variables:{},layers:[Ko()],label:{},backdrop:{},labelAttachments:{}},qn={paths:[Xo(),wu()],extremities:[],variables:{},layers:[Xt()],defaultHead:"none",defaultTail:"none",label:{}},Qr=["nodes","topNodes"],Jr=["edges","topEdges"],ea=[].concat(Jr,Qr),Au={nodes:Zr,edges:qn,depthLayers:Q(ea)},Du=function(t){return t},Cu=function(t){return t*t},Lu=function(t){return t*(2-t)},Pu=function(t){return(t*=2)<1?.5*t*t:-.5*(--t*(t-2)-1)},Iu=function(t){return t*t*t},Fu=function(t){return--t*t*t+1},Nu=function(t){return(t*=2)<1?.5*t*t*t:.5*((t-=2)*t*t+2)},Gu=function(t){return t===0?0:Math.pow(2,10*(t-1))},zu=function(t){return t===1?1:1-Math.pow(2,-10*t)},Mu=function(t){return t===0?0:t===1?1:t<.5?Math.pow(2,10*(2*t-1))/2:(2-Math.pow(2,-10*(2*t-1)))/2},Va={linear:Du,quadraticIn:Cu,quadraticOut:Lu,quadraticInOut:Pu,cubicIn:Iu,cubicOut:Fu,cubicInOut:Nu,exponentialIn:Gu,exponentialOut:zu,exponentialInOut:Mu};function Yo(a){return a?typeof a=="function"?a:Va[a]:Va.linear}function ba(a){return ae(a)==="object"&&a!==null&&"attribute"in a}function Zo(a){return typeof a=="function"}function Qo(a){return ae(a)==="object"&&a!==null&&"when"in a&&typeof a.when=="function"&&"then"in a}function Jo(a){return ae(a)==="object"&&a!==null&&"whenState"in a&&"then"in a}function es(a){return ae(a)==="object"&&a!==null&&"whenData"in a&&"then"in a}var Bu={isHovered:!1,isLabelHovered:!1,isHidden:!1,isHighlighted:!1,isDragged:!1},Ou={isHovered:!1,isLabelHovered:!1,isHidden:!1,isHighlighted:!1,parallelIndex:0,parallelCount:1},$u={isIdle:!0,isPanning:!1,isZooming:!1,isDragging:!1,hasHovered:!1,hasHighlighted:!1};function Wu(a){return H(H({},Bu),a)}function Uu(a){return H(H({},Ou),a)}function ja(a){return H(H({},$u),a)}var Hu={x:{attribute:"x"},y:{attribute:"y"},size:{whenState:"isHovered",then:{attribute:"size",defaultValue:12},else:{attribute:"size",defaultValue:10}},color:{attribute:"color",defaultValue:"#666"},label:{attribute:"label"},visibility:{whenState:"isHidden",then:"hidden",else:"visible"},labelVisibility:{whenState:"isHovered",then:"visible",else:"auto"},backdropVisibility:{whenState:"isHovered",then:"visible",else:"hidden"},backdropColor:"#ffffff",backdropShadowColor:"rgba(0, 0, 0, 0.5)",backdropShadowBlur:12,backdropPadding:6},qu={size:{attribute:"size",defaultValue:1},color:{attribute:"color",defaultValue:"#ccc"},label:{attribute:"label"},visibility:{whenState:"isHidden",then:"hidden",else:"visible"}},cr={nodes:H(H({},Hu),{},{depth:{whenState:"isHovered",then:"topNodes",else:"nodes"}}),edges:H(H({},qu),{},{depth:{whenState:["isHighlighted","isHovered"],then:"topEdges",else:"edges"}})};function Vu(a){return"min"in a||"max"in a||"minValue"in a||"maxValue"in a||"easing"in a}function ju(a){return"dict"in a}function tr(a,t){return typeof a=="string"?t[a]===!0:Array.isArray(a)?a.every(function(e){return t[e]===!0}):ae(a)==="object"&&a!==null?Object.entries(a).every(function(e){var n=le(e,2),r=n[0],i=n[1];return t[r]===i}):!1}function Ku(a,t){var e=t[a.attribute];return e===void 0?a.defaultValue:e}function Xu(a,t,e){var n,r,i,o,s=t[a.attribute];if(s===void 0)return a.defaultValue;var l=Number(s);if(isNaN(l))return a.defaultValue;if(a.min===void 0&&a.max===void 0)return l;var u=(n=a.minValue)!==null&&n!==void 0?n:l,d=(r=a.maxValue)!==null&&r!==void 0?r:l;if(d===u){var h;return(h=a.min)!==null&&h!==void 0?h:l}var c=(l-u)/(d-u);c=Math.max(0,Math.min(1,c));var f=Yo(a.easing);c=f(c);var g=(i=a.min)!==null&&i!==void 0?i:0,p=(o=a.max)!==null&&o!==void 0?o:1;return g+c*(p-g)}function Yu(a,t){var e=t[a.attribute];if(e===void 0)return a.defaultValue;var n=String(e);return n in a.dict?a.dict[n]:a.defaultValue}function Zu(a,t,e){return ju(a)?Yu(a,t):Vu(a)?Xu(a,t):Ku(a,t)}function ts(a,t){return typeof a=="string"?!!t[a]:Array.isArray(a)?a.every(function(e){return!!t[e]}):ae(a)==="object"&&a!==null?Object.entries(a).every(function(e){var n=le(e,2),r=n[0],i=n[1];return t[r]===i}):!1}function Vn(a,t,e,n,r,i){if(a==null)return i;if(ae(a)!=="object"&&typeof a!="function")return a;if(Qo(a)){var o=a.when(t,e,n,r)?a.then:a.else;return o===void 0?i:Vn(o,t,e,n,r,i)}if(Jo(a)){var s=tr(a.whenState,e)?a.then:a.else;return s===void 0?i:Vn(s,t,e,n,r,i)}if(es(a)){var l=ts(a.whenData,t)?a.then:a.else;return l===void 0?i:Vn(l,t,e,n,r,i)}if(Zo(a)){var u=a(t,e,n,r);return u??i}if(ba(a)){var d=Zu(a,t);return d??i}return a}function je(a){if(a==null)return"static";if(Qo(a))return"graph-state";if(Jo(a)){var t=je(a.then),e=a.else!==void 0?je(a.else):"static";return Be("item-state",Be(t,e))}if(es(a)){var n=je(a.then),r=a.else!==void 0?je(a.else):"static";return Be(n,r)}return Zo(a)?"graph-state":(ba(a),"static")}function Be(a,t){return a==="graph-state"||t==="graph-state"?"graph-state":a==="item-state"||t==="item-state"?"item-state":"static"}function Ka(a){if(!a)return{dependency:"static",xAttribute:null,yAttribute:null};var t=Array.isArray(a)?a:[a],e="static",n=null,r=null,i=O(t),o;try{for(i.s();!(o=i.n()).done;){var s=o.value;if("matchData"in s&&"cases"in s)for(var l=s.cases,u=0,d=Object.values(l);u<d.length;u++)for(var h=d[u],c=0,f=Object.values(h);c<f.length;c++){var g=f[c];e=Be(e,je(g))}else if("matchState"in s&&"cases"in s){e=Be(e,"item-state");for(var p=s.cases,v=0,m=Object.values(p);v<m.length;v++)for(var y=m[v],_=0,x=Object.values(y);_<x.length;_++){var b=x[_];e=Be(e,je(b))}}else if("when"in s&&"then"in s)e="graph-state";else if("whenState"in s){e=Be(e,"item-state");var T=s.then;if(T&&ae(T)==="object")for(var S=0,w=Object.values(T);S<w.length;S++){var k=w[S];e=Be(e,je(k))}var A=s.else;if(A&&ae(A)==="object")for(var L=0,C=Object.values(A);L<C.length;L++){var E=C[L];e=Be(e,je(E))}}else if("whenData"in s){var G=s.then;if(G&&ae(G)==="object")for(var z=0,P=Object.values(G);z<P.length;z++){var D=P[z];e=Be(e,je(D))}var F=s.else;if(F&&ae(F)==="object")for(var N=0,M=Object.values(F);N<M.length;N++){var q=M[N];e=Be(e,je(q))}}else for(var W=0,$=Object.entries(s);W<$.length;W++){var K=le($[W],2),j=K[0],ce=K[1];if(!_a.has(j)&&(e=Be(e,je(ce)),(j==="x"||j==="y")&&ba(ce))){var ie=ce.attribute;j==="x"&&!n&&(n=ie),j==="y"&&!r&&(r=ie)}}}}catch(ue){i.e(ue)}finally{i.f()}return{dependency:e,xAttribute:n,yAttribute:r}}var lt={size:10,color:"#666",opacity:1,shape:"circle",rotationAlignment:"viewport",labelRotationAlignment:"viewport",visibility:"visible",depth:"nodes",zIndex:0,label:"",labelColor:"#000",labelSize:12,labelFont:"sans-serif",labelVisibility:"auto",labelPosition:"right",labelAngle:0,labelDepth:"nodes",backdropVisibility:"hidden",backdropColor:"transparent",backdropShadowColor:"transparent",backdropShadowBlur:0,backdropPadding:0,backdropBorderColor:"transparent",backdropBorderWidth:0,backdropCornerRadius:0,backdropLabelPadding:-1,backdropArea:"both",labelAttachment:null,labelAttachmentPlacement:"below"},xa={size:1,color:"#ccc",opacity:1,path:"straight",selfLoopPath:"loop",parallelSpread:.25,tail:"none",head:"none",visibility:"visible",depth:"edges",zIndex:0,label:"",labelColor:"#666",labelVisibility:"auto",labelDepth:"edges"},_a=new Set(["when","whenState","whenData","then","else"]),Xa=Object.keys(lt),Qu=Object.values(lt),Ya=Object.keys(xa),Ju=Object.values(xa);function Ct(a,t,e,n,r,i,o){for(var s in t){var l;if(!_a.has(s)){var u=(l=a[s])!==null&&l!==void 0?l:o[s];a[s]=Vn(t[s],e,n,r,i,u)}}"depth"in t&&!("labelDepth"in t)&&(a.labelDepth=a.depth)}function ns(a,t,e,n,r,i,o){var s=O(t),l;try{for(s.s();!(l=s.n()).done;){var u=l.value;if("matchData"in u&&"cases"in u){var d,h=String((d=e[u.matchData])!==null&&d!==void 0?d:""),c=u.cases;h in c&&Ct(a,c[h],e,n,r,i,o)}else if("matchState"in u&&"cases"in u){var f,g=String((f=n[u.matchState])!==null&&f!==void 0?f:""),p=u.cases;g in p&&Ct(a,p[g],e,n,r,i,o)}else if("when"in u&&"then"in u){var v=u.when;if(!v(e,n,r,i))continue;Ct(a,u.then,e,n,r,i,o)}else if("whenState"in u&&"then"in u){if(!tr(u.whenState,n))continue;Ct(a,u.then,e,n,r,i,o)}else if("whenData"in u&&"then"in u){if(!ts(u.whenData,e))continue;Ct(a,u.then,e,n,r,i,o)}else Ct(a,u,e,n,r,i,o)}}catch(m){s.e(m)}finally{s.f()}}function Za(a,t,e,n,r,i){for(var o=i||{},s=o,l=0,u=Xa.length;l<u;l++)s[Xa[l]]=Qu[l];if(s.x=void 0,s.y=void 0,s.labelBackgroundColor=void 0,s.labelBackgroundPadding=void 0,s.labelCursor=void 0,!a){var d,h,c,f,g;return s.x=(d=t.x)!==null&&d!==void 0?d:0,s.y=(h=t.y)!==null&&h!==void 0?h:0,o.size=(c=t.size)!==null&&c!==void 0?c:10,o.color=(f=t.color)!==null&&f!==void 0?f:"#666",o.label=(g=t.label)!==null&&g!==void 0?g:"",o}var p=Array.isArray(a)?a:[a];return ns(s,p,t,e,n,r,lt),o}function Qa(a,t,e,n,r,i){for(var o=i||{},s=o,l=0,u=Ya.length;l<u;l++)s[Ya[l]]=Ju[l];if(!a){var d,h,c;return o.size=(d=t.size)!==null&&d!==void 0?d:1,o.color=(h=t.color)!==null&&h!==void 0?h:"#ccc",o.label=(c=t.label)!==null&&c!==void 0?c:"",o}var f=Array.isArray(a)?a:[a];return ns(s,f,t,e,n,r,xa),typeof s.labelPosition=="number"&&(s.labelPosition=void 0),o}function ed(a,t,e){var n,r;if(a==null)return e;if(typeof a=="function")return(n=a(t))!==null&&n!==void 0?n:e;if(ae(a)==="object"&&"when"in a){var i,o=a,s=o.when(t),l=s?o.then:o.else;return l===void 0?e:typeof l=="function"?(i=l(t))!==null&&i!==void 0?i:e:l??e}if(ae(a)==="object"&&"whenState"in a){var u,d=a,h=tr(d.whenState,t),c=h?d.then:d.else;return c===void 0?e:typeof c=="function"?(u=c(t))!==null&&u!==void 0?u:e:c??e}return(r=a)!==null&&r!==void 0?r:e}function Ja(a,t){var e={};if(!a)return e;var n=Array.isArray(a)?a:[a],r=O(n),i;try{for(r.s();!(i=r.n()).done;){var o=i.value;if("when"in o&&"then"in o){var s=o.when(t),l=s?o.then:o.else;l&&ae(l)==="object"&&fr(e,l,t)}else if("whenState"in o&&"then"in o){var u=tr(o.whenState,t),d=u?o.then:o.else;d&&ae(d)==="object"&&fr(e,d,t)}else fr(e,o,t)}}catch(h){r.e(h)}finally{r.f()}return e}function fr(a,t,e){for(var n=0,r=Object.entries(t);n<r.length;n++){var i=le(r[n],2),o=i[0],s=i[1];_a.has(o)||(a[o]=ed(s,e))}}var Sa=(function(a){function t(){var e;return ne(this,t),e=me(this,t),e.rawEmitter=e,e}return ve(t,a),re(t)})(ca.EventEmitter),td=Au;function ei(a,t){var e=t.size;if(e!==0){var n=a.length;a.length+=e;var r=0;t.forEach(function(i){a[n+r]=i,r++})}}function nd(a){a=a||{};for(var t=0,e=arguments.length<=1?0:arguments.length-1;t<e;t++){var n=t+1<1||arguments.length<=t+1?void 0:arguments[t+1];n&&Object.assign(a,n)}return a}function tn(a,t){for(var e in t)if(Object.prototype.hasOwnProperty.call(t,e)&&t[e]!==a[e])return!0;return!1}function rd(a,t){var e=a,n=t;for(var r in e)if(Object.prototype.hasOwnProperty.call(e,r)&&e[r]!==n[r])return!1;for(var i in n)if(Object.prototype.hasOwnProperty.call(n,i)&&n[i]!==e[i])return!1;return!0}function Lt(a,t,e){e?a.add(t):a.delete(t)}var gr,ti;function wt(){return ti||(ti=1,gr=function(t){return t!==null&&typeof t=="object"&&typeof t.addUndirectedEdgeWithKey=="function"&&typeof t.dropNode=="function"&&typeof t.multi=="boolean"}),gr}var ad=wt();const id=Jn(ad);var od={easing:"quadraticInOut",duration:150};function _t(a){return a.labelVisibility==="visible"&&a.visibility!=="hidden"}function ni(a){return a.backdropVisibility==="visible"&&a.visibility!=="hidden"}function pr(a){return[a.rotationAlignment==="graph"?1:0,a.labelRotationAlignment==="graph"?1:0]}function ri(a,t,e){var n=a[t];if(n)for(var r=0;r<n.length;r++){var i=n[r];if(!(e<i.offset||e>=i.offset+i.count)){if(i.count===1)n.splice(r,1);else if(e===i.offset)i.offset++,i.count--;else if(e===i.offset+i.count-1)i.count--;else{var o=e+1,s=i.offset+i.count-o;i.count=e-i.offset,n.splice(r+1,0,{offset:o,count:s})}return}}}function ai(a,t,e){if(!a[t]){a[t]=[{offset:e,count:1}];return}for(var n=a[t],r=n.length,i=0;i<n.length;i++)if(e<n[i].offset){r=i;break}var o=r>0?n[r-1]:null,s=r<n.length?n[r]:null,l=o&&o.offset+o.count===e,u=s&&e+1===s.offset;l&&u?(o.count+=1+s.count,n.splice(r,1)):l?o.count++:u?(s.offset--,s.count++):n.splice(r,0,{offset:e,count:1})}function sd(a){if(!id(a))throw new Error("Sigma: invalid graph instance.")}function ta(a){var t=le(a.x,2),e=t[0],n=t[1],r=le(a.y,2),i=r[0],o=r[1],s=Math.max(n-e,o-i),l=(n+e)/2,u=(o+i)/2;(s===0||Math.abs(s)===1/0||isNaN(s))&&(s=1),isNaN(l)&&(l=0),isNaN(u)&&(u=0);var d=function(c){return{x:.5+(c.x-l)/s,y:.5+(c.y-u)/s}};return d.applyTo=function(h){h.x=.5+(h.x-l)/s,h.y=.5+(h.y-u)/s},d.inverse=function(h){return{x:l+s*(h.x-.5),y:u+s*(h.y-.5)}},d.ratio=s,d}var Ta={hideEdgesOnMove:!1,hideLabelsOnMove:!1,renderLabels:!0,renderEdgeLabels:!1,edgeLabelAnchors:"nodeLabels",enableEdgeEvents:!1,nodeLabelEvents:!1,edgeLabelEvents:!1,pickingDownSizingRatio:2,nodePickingPadding:0,edgePickingPadding:4,labelPickingPadding:10,stagePadding:30,minEdgeThickness:1.7,antiAliasingFeather:1,antialiasEdges:!0,antialiasNodes:!0,dragTimeout:100,draggedEventsTolerance:3,inertiaDuration:200,inertiaRatio:3,zoomDuration:250,zoomingRatio:1.7,doubleClickTimeout:300,doubleClickZoomingRatio:2.2,doubleClickZoomingDuration:200,tapMoveTolerance:10,zoomToSizeRatioFunction:Math.sqrt,itemSizesReference:"positions",autoRescale:!0,autoRescaleContent:"positions",enableNodeDrag:!1,getDraggedNodes:function(t){return[t]},dragPositionToAttributes:null,labelDensity:1,labelGridCellSize:100,labelRenderedSizeThreshold:6,labelPixelSnapping:!0,minCameraRatio:null,maxCameraRatio:null,enableCameraZooming:!0,enableCameraPanning:!0,enableCameraRotation:!0,enableCameraMouseRotation:!0,cameraPanBoundaries:null,gestureTarget:"graph",sharedGestureWheelMessage:"Use Ctrl + scroll to zoom the graph",sharedGestureAppleWheelMessage:"Use ⌘ + scroll to zoom the graph",sharedGestureTouchMessage:"Use two fingers to move the graph",allowInvalidContainer:!1,DEBUG_displayPickingLayer:!1,DEBUG_logShaders:!1,DEBUG_logRenderStats:!1,DEBUG_gpuTimerQueries:!1};function mr(a){if(typeof a.labelDensity!="number"||a.labelDensity<0)throw new Error("Settings: invalid `labelDensity`. Expecting a positive number.");var t=a.minCameraRatio,e=a.maxCameraRatio;if(typeof t=="number"&&typeof e=="number"&&e<t)throw new Error("Settings: invalid camera ratio boundaries. Expecting `maxCameraRatio` to be greater than `minCameraRatio`.")}function ld(a){return nd({},Ta,a)}var ud=new Set(["italic","oblique"]),dd=new Set(["bold","bolder","lighter"]);function vr(a){for(var t="normal",e="normal",n=a.trim(),r=n.split(/\s+/),i=0,o=0;o<r.length;o++){var s=r[o].toLowerCase();if(ud.has(s))e=s,i=o+1;else if(dd.has(s)||/^\d{3}$/.test(s))t=s,i=o+1;else if(s==="normal")i=o+1;else break}var l=r.slice(i).join(" ");return{family:l||n,weight:t,style:e}}function yn(a,t,e){var n=document.createElement(a);if(t)for(var r in t)n.style[r]=t[r];if(e)for(var i in e)n.setAttribute(i,e[i]);return n}function na(){return typeof window.devicePixelRatio<"u"?window.devicePixelRatio:1}function hd(a){var t=a.type===WebGL2RenderingContext.FLOAT&&!a.normalized,e=a.type===WebGL2RenderingContext.UNSIGNED_BYTE&&a.size===4&&a.normalized;if(!t&&!e)throw new Error('Attribute "'.concat(a.name,'" is invalid: only non-normalized FLOAT and normalized UNSIGNED_BYTE with size 4 are supported.'));return a.normalized?1:a.size}function yr(a){var t=0;return a.forEach(function(e){return t+=hd(e)}),t}function rs(a,t,e){var n=a==="VERTEX"?t.VERTEX_SHADER:t.FRAGMENT_SHADER,r=t.createShader(n);if(r===null)throw new Error("loadShader: error while creating the shader");t.shaderSource(r,e),t.compileShader(r);var i=t.getShaderParameter(r,t.COMPILE_STATUS);if(!i){var o=t.getShaderInfoLog(r);throw t.deleteShader(r),new Error(`loadShader: error while compiling the shader:
`.concat(o,`
`).concat(e))}return r}function Ea(a,t){return rs("VERTEX",a,t)}function wa(a,t){return rs("FRAGMENT",a,t)}function ka(a,t){var e=a.createProgram();if(e===null)throw new Error("loadProgram: error while creating the program.");var n,r;for(n=0,r=t.length;n<r;n++)a.attachShader(e,t[n]);a.linkProgram(e);var i=a.getProgramParameter(e,a.LINK_STATUS);if(!i){var o=a.getProgramInfoLog(e);throw a.deleteProgram(e),new Error("loadProgram: error while linking the program: ".concat(o))}return e}function ii(a){var t=a.gl,e=a.buffer,n=a.program,r=a.vertexShader,i=a.fragmentShader;t.deleteShader(r),t.deleteShader(i),t.deleteProgram(n),t.deleteBuffer(e)}function fe(a){return a%1===0?a.toFixed(1):a.toString()}var Zn=new Map,as=new Map,cd=0;function is(a,t){var e,n=(e=a.variables)===null||e===void 0||(e=e[t.source||t.name.replace(/^a_/,"")])===null||e===void 0?void 0:e.default,r=typeof n=="number"?n:typeof t.defaultValue=="number"?t.defaultValue:0;return fe(r)}function nr(a,t,e){var n,r=arguments.length>3&&arguments[3]!==void 0?arguments[3]:function(o){return"v_".concat(o.name.replace(/^a_/,""))},i=[t,e].concat(Q(a.uniforms.filter(function(o){return o.type==="float"}).map(function(o){var s;return fe((s=o.value)!==null&&s!==void 0?s:0)})),Q(((n=a.attributes)!==null&&n!==void 0?n:[]).map(r)));return"sdf_".concat(a.name,"(").concat(i.join(", "),")")}function fd(a){var t,e=a.name,n=a.uniforms.filter(function(o){return o.type==="float"&&o.value!==void 0&&o.value!==0}).map(function(o){return"".concat(o.name.replace("u_",""),"=").concat(o.value)}).sort(),r=((t=a.attributes)!==null&&t!==void 0?t:[]).map(function(o){var s;return"".concat(o.name,"@").concat((s=o.source)!==null&&s!==void 0?s:"","=").concat(is(a,o))}),i=[].concat(Q(n),Q(r));return i.length>0&&(e+="#"+i.join("#")),e}function gd(a){var t=fd(a);if(!Zn.has(t)){var e={},n=O(a.uniforms),r;try{for(n.s();!(r=n.n()).done;){var i=r.value;i.type==="float"&&i.value!==void 0&&(e[i.name]=i.value)}}catch(o){n.e(o)}finally{n.f()}Zn.set(t,{shape:a,uniformValues:e,slug:t}),as.set(t,cd++)}return t}function jn(a){var t;return(t=as.get(a))!==null&&t!==void 0?t:-1}function os(a){var t=[],e=new Set,n=new Set,r=/mat2 rotate2D\(float angle\)\s*\{[^}]+\}/,i=O(a),o;try{for(i.s();!(o=i.n()).done;){var s=o.value;if(!n.has(s.name)){n.add(s.name);var l=s.glsl;r.test(l)&&(e.has("rotate2D")?l=l.replace(r,""):e.add("rotate2D")),t.push(l)}}}catch(u){i.e(u)}finally{i.f()}return t.join(`
`)}function pd(){return os(Array.from(Zn.values()).map(function(a){return a.shape}))}function md(a){var t=Array.from(Zn.entries());if(t.length===0)return`
float querySDF(int shapeId, vec2 uv, float size) {
  return length(uv) - size;
}
`;var e=t.map(function(n,r){var i=le(n,2),o=i[0],s=i[1].shape,l=nr(s,"uv","size",function(u){var d=u.name.replace(/^a_/,"");return a!=null&&a.has(d)?"g_".concat(d):is(s,u)});return"    case ".concat(r,": return ").concat(l,"; // ").concat(o)}).join(`
`);return`
float querySDF(int shapeId, vec2 uv, float size) {
  switch (shapeId) {
`.concat(e,`
    default: return length(uv) - size;
  }
}
`)}function Ra(a){return os(a)}function _n(a){return Q(new Map(a.flatMap(function(t){return t.uniforms}).map(function(t){return[t.name,t]})).values())}function vd(a,t){if(a.length===0)return`
void queryNodeSDF(int shapeId, vec2 uv, float size) {
  context.sdf = length(uv) - size;
  context.inradiusFactor = 1.0;
}
`;var e=function(h){return nr(h,"uv","size")},n=function(h){var c,f;return(c=h.inradiusFactorGLSL)!==null&&c!==void 0?c:fe((f=h.inradiusFactor)!==null&&f!==void 0?f:1)};if(a.length===1){var r=a[0];return`
void queryNodeSDF(int shapeId, vec2 uv, float size) {
  context.sdf = `.concat(e(r),`;
  context.inradiusFactor = `).concat(n(r),`;
}
`)}var i=a.map(function(d,h){return"    case ".concat(h,": // ").concat(d.name,`
      context.sdf = `).concat(e(d),`;
      context.inradiusFactor = `).concat(n(d),`;
      break;`)}).join(`
`),o=a[0],s="",l="shapeId";if(t&&t.length>1){var u=t.map(function(d,h){return"    case ".concat(d,": return ").concat(h,"; // ").concat(a[h].name)}).join(`
`);s=`
int globalToLocalShapeId(int globalId) {
  switch (globalId) {
`.concat(u,`
    default: return 0;
  }
}
`),l="globalToLocalShapeId(shapeId)"}return"".concat(s,`
void queryNodeSDF(int shapeId, vec2 uv, float size) {
  switch (`).concat(l,`) {
`).concat(i,`
    default:
      context.sdf = `).concat(e(o),`;
      context.inradiusFactor = `).concat(n(o),`;
  }
}
`)}var cn={right:0,left:1,above:2,below:3,over:4},bn=5,oi=3,ss=`
float matrixScaleX = length(vec2(u_matrix[0][0], u_matrix[1][0]));
float nodeRadiusGraphSpace = nodeSize * u_correctionRatio / u_sizeRatio * 2.0;
float nodeRadiusNDC = nodeRadiusGraphSpace * matrixScaleX;
float nodeRadiusPixels = nodeRadiusNDC * u_resolution.x / 2.0;
`,Sn=`
mat2 rotate2D(float angle) {
  float c = cos(angle);
  float s = sin(angle);
  return mat2(c, -s, s, c);
}
`,ls=`
vec2 getLabelDirection(float positionMode) {
  if (positionMode < 0.5) return vec2(1.0, 0.0);   // Right
  if (positionMode < 1.5) return vec2(-1.0, 0.0);  // Left
  if (positionMode < 2.5) return vec2(0.0, -1.0);  // Above
  if (positionMode < 3.5) return vec2(0.0, 1.0);   // Below
  return vec2(0.0);                                 // Over (centered)
}
`,yd=`
float sdfBox(vec2 p, vec2 halfSize) {
  vec2 d = abs(p) - halfSize;
  return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);
}
`,bd=`
float sdfRotatedBox(vec2 p, vec2 halfSize, float angle) {
  float c = cos(-angle);
  float s = sin(-angle);
  vec2 rotatedP = mat2(c, -s, s, c) * p;
  return sdfBox(rotatedP, halfSize);
}
`,xd=`
float sdfRoundedBox(vec2 p, vec2 halfSize, float radius) {
  vec2 d = abs(p) - halfSize + radius;
  return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0) - radius;
}
`,_d=`
float sdfRoundedRotatedBox(vec2 p, vec2 halfSize, float angle, float radius) {
  float c = cos(-angle);
  float s = sin(-angle);
  vec2 rotatedP = mat2(c, -s, s, c) * p;
  return sdfRoundedBox(rotatedP, halfSize, radius);
}
`,us=`
vec2 labelBoxCenter(float positionMode, float labelStart, vec2 halfSize, float textHalfY) {
  if (positionMode < 0.5) return vec2(labelStart + halfSize.x, 0.0);    // right
  if (positionMode < 1.5) return vec2(-(labelStart + halfSize.x), 0.0); // left
  if (positionMode < 2.5) return vec2(0.0, -(labelStart + textHalfY));  // above
  if (positionMode < 3.5) return vec2(0.0, labelStart + textHalfY);     // below
  return vec2(0.0);                                                     // over
}
`,Aa=2,ot=`
vec4 readNodeData(sampler2D nodeDataTexture, int nodeDataTextureWidth, int nodeIndex) {
  int t = nodeIndex * `.concat(Aa,`;
  ivec2 coord = ivec2(t % nodeDataTextureWidth, t / nodeDataTextureWidth);
  return texelFetch(nodeDataTexture, coord, 0);
}
`),kt=`
vec4 readNodeFlags(sampler2D nodeDataTexture, int nodeDataTextureWidth, int nodeIndex) {
  int t = nodeIndex * `.concat(Aa,` + 1;
  ivec2 coord = ivec2(t % nodeDataTextureWidth, t / nodeDataTextureWidth);
  return texelFetch(nodeDataTexture, coord, 0);
}
`),Sd=`
vec4 readNodeColor(sampler2D nodeDataTexture, int nodeDataTextureWidth, int nodeIndex) {
  int t = nodeIndex * `.concat(Aa,` + 1;
  ivec2 coord = ivec2(t % nodeDataTextureWidth, t / nodeDataTextureWidth);
  vec4 texel = texelFetch(nodeDataTexture, coord, 0);
  float r = floor(texel.b / 65536.0);
  float g = floor(mod(texel.b, 65536.0) / 256.0);
  float b = mod(texel.b, 256.0);
  return vec4(r / 255.0, g / 255.0, b / 255.0, texel.a);
}
`),Yt=`
vec4 readFrameTexel(sampler2D frameTexture, int frameTextureWidth, int index) {
  ivec2 coord = ivec2(index % frameTextureWidth, index / frameTextureWidth);
  return texelFetch(frameTexture, coord, 0);
}
`;function Td(a,t){var e=function(o){return nr(o,"uv","size")};if(a.length===1)return{code:si(e(a[0])),multiShape:!1};var n=a.map(function(i,o){return"    case ".concat(t?t[o]:o,": return ").concat(e(i),";")}).join(`
`),r=`
float queryShapeSDF(int shapeId, vec2 uv, float size) {
  switch (shapeId) {
`.concat(n,`
    default: return `).concat(e(a[0]),`;
  }
}
int g_shapeId;
`).concat(si("queryShapeSDF(g_shapeId, uv, size)"),`
`);return{code:r,multiShape:!0}}function si(a){return`
float findEdgeDistance(vec2 direction, float size) {
  float lo = 0.0, hi = 2.0;
  for (int i = 0; i < 8; i++) {
    float mid = (lo + hi) * 0.5;
    vec2 uv = direction * mid;
    if (`.concat(a,` < 0.0) lo = mid; else hi = mid;
  }
  return (lo + hi) * 0.5;
}
`)}function Ed(a,t){for(;!{}.hasOwnProperty.call(a,t)&&(a=Wt(a))!==null;);return a}function ra(){return ra=typeof Reflect<"u"&&Reflect.get?Reflect.get.bind():function(a,t,e){var n=Ed(a,t);if(n){var r=Object.getOwnPropertyDescriptor(n,t);return r.get?r.get.call(arguments.length<3?a:e):r.value}},ra.apply(null,arguments)}function pe(a,t,e,n){var r=ra(Wt(a.prototype),t,e);return typeof r=="function"?function(i){return r.apply(e,i)}:r}var wd=1024,kd=1.5,Rd=4096,ds=-1,Da=(function(){function a(t,e){var n=arguments.length>2&&arguments[2]!==void 0?arguments[2]:wd;ne(this,a),I(this,"texture",null),I(this,"dirty",!1),I(this,"dirtyRangeStart",1/0),I(this,"dirtyRangeEnd",-1),I(this,"indexMap",new Map),I(this,"freeIndices",[]),I(this,"nextIndex",0),this.gl=t,this.TEXELS_PER_ITEM=e,this.capacity=this.roundUpToPowerOfTwo(n);var r=this.computeTextureDimensions(this.capacity);this.textureWidth=r.width,this.textureHeight=r.height,this.data=new Float32Array(this.textureWidth*this.textureHeight*4),this.createTexture()}return re(a,[{key:"computeTextureDimensions",value:function(e){var n=e*this.TEXELS_PER_ITEM,r=Math.min(n,Rd),i=Math.ceil(n/r);return{width:r,height:i}}},{key:"roundUpToPowerOfTwo",value:function(e){return Math.pow(2,Math.ceil(Math.log2(Math.max(1,e))))}},{key:"createTexture",value:function(){var e=this.gl;this.texture=e.createTexture(),e.activeTexture(e.TEXTURE0),e.bindTexture(e.TEXTURE_2D,this.texture),e.texImage2D(e.TEXTURE_2D,0,e.RGBA32F,this.textureWidth,this.textureHeight,0,e.RGBA,e.FLOAT,this.data),e.texParameteri(e.TEXTURE_2D,e.TEXTURE_MIN_FILTER,e.NEAREST),e.texParameteri(e.TEXTURE_2D,e.TEXTURE_MAG_FILTER,e.NEAREST),e.texParameteri(e.TEXTURE_2D,e.TEXTURE_WRAP_S,e.CLAMP_TO_EDGE),e.texParameteri(e.TEXTURE_2D,e.TEXTURE_WRAP_T,e.CLAMP_TO_EDGE),e.bindTexture(e.TEXTURE_2D,null)}},{key:"resize",value:function(e){if(!(e<=this.capacity)){var n=this.roundUpToPowerOfTwo(Math.ceil(e*kd)),r=this.gl,i=this.computeTextureDimensions(n),o=new Float32Array(i.width*i.height*4);o.set(this.data),this.texture&&r.deleteTexture(this.texture),this.data=o,this.capacity=n,this.textureWidth=i.width,this.textureHeight=i.height,this.createTexture(),this.dirty=!0,this.dirtyRangeStart=0,this.dirtyRangeEnd=this.nextIndex}}},{key:"allocate",value:function(e){var n=this.indexMap.get(e);if(n!==void 0)return n;var r;return this.freeIndices.length>0?r=this.freeIndices.pop():(r=this.nextIndex++,r>=this.capacity&&this.resize(r+1)),this.indexMap.set(e,r),r}},{key:"free",value:function(e){var n=this.indexMap.get(e);if(n!==void 0){this.indexMap.delete(e),this.freeIndices.push(n);for(var r=n*this.TEXELS_PER_ITEM*4,i=0;i<this.TEXELS_PER_ITEM*4;i++)this.data[r+i]=0;this.markDirty(n)}}},{key:"getIndex",value:function(e){var n;return(n=this.indexMap.get(e))!==null&&n!==void 0?n:-1}},{key:"has",value:function(e){return this.indexMap.has(e)}},{key:"markDirty",value:function(e){this.dirty=!0,this.dirtyRangeStart=Math.min(this.dirtyRangeStart,e),this.dirtyRangeEnd=Math.max(this.dirtyRangeEnd,e+1)}},{key:"upload",value:function(){if(!(!this.dirty||!this.texture)){var e=this.gl,n=this.textureWidth;e.activeTexture(e.TEXTURE0),e.bindTexture(e.TEXTURE_2D,this.texture);var r=this.dirtyRangeStart*this.TEXELS_PER_ITEM,i=Math.min(this.dirtyRangeEnd*this.TEXELS_PER_ITEM,this.capacity*this.TEXELS_PER_ITEM);if(r<i)for(var o=Math.floor(r/n),s=Math.floor((i-1)/n),l=o;l<=s;l++){var u=l*n,d=Math.min(u+n,this.capacity*this.TEXELS_PER_ITEM),h=Math.max(r,u),c=Math.min(i,d);if(h<c){var f=h-u,g=c-h,p=this.data.subarray(h*4,c*4);e.texSubImage2D(e.TEXTURE_2D,0,f,l,g,1,e.RGBA,e.FLOAT,p)}}e.bindTexture(e.TEXTURE_2D,null),this.dirty=!1,this.dirtyRangeStart=1/0,this.dirtyRangeEnd=-1}}},{key:"bind",value:function(e){var n=this.gl;n.activeTexture(n.TEXTURE0+e),n.bindTexture(n.TEXTURE_2D,this.texture)}},{key:"getTexture",value:function(){return this.texture}},{key:"getCapacity",value:function(){return this.capacity}},{key:"getTextureWidth",value:function(){return this.textureWidth}},{key:"getTextureHeight",value:function(){return this.textureHeight}},{key:"getTexelsPerItem",value:function(){return this.TEXELS_PER_ITEM}},{key:"getCount",value:function(){return this.indexMap.size}},{key:"getHighWaterMark",value:function(){return this.nextIndex}},{key:"isDirty",value:function(){return this.dirty}},{key:"clear",value:function(){this.indexMap.clear(),this.freeIndices=[],this.nextIndex=0,this.data.fill(0),this.dirty=!0,this.dirtyRangeStart=0,this.dirtyRangeEnd=this.capacity}},{key:"restore",value:function(){this.createTexture(),this.dirty=!1,this.dirtyRangeStart=1/0,this.dirtyRangeEnd=-1}},{key:"kill",value:function(){this.texture&&(this.gl.deleteTexture(this.texture),this.texture=null),this.indexMap.clear(),this.freeIndices=[]}}])})();function We(a){var t={},e={},n=0,r=O(a),i;try{for(r.s();!(i=r.n()).done;){var o=i.value,s=O(o.attributes),l;try{for(s.s();!(l=s.n()).done;){var u=l.value,d=u.name.replace(/^a_/,"");d in t||(t[d]=n,e[d]=u,n+=u.size)}}catch(h){s.e(h)}finally{s.f()}}}catch(h){r.e(h)}finally{r.f()}return{floatsPerItem:n,texelsPerItem:Math.max(1,Math.ceil(n/4)),offsets:t,specs:e}}var rr=(function(a){function t(e,n,r){var i;return ne(this,t),i=me(this,t,[e,n.texelsPerItem,r]),i.floatsPerItem=n.floatsPerItem,i}return ve(t,a),re(t,[{key:"updateAllAttributes",value:function(n,r){var i=this.indexMap.get(n);i===void 0&&(i=this.allocate(n));for(var o=i*this.TEXELS_PER_ITEM*4,s=Math.min(r.length,this.floatsPerItem),l=0;l<s;l++)this.data[o+l]=r[l];this.markDirty(i)}},{key:"updateAllAttributesAtRow",value:function(n,r){n>=this.capacity&&this.resize(n+1);for(var i=n*this.TEXELS_PER_ITEM*4,o=Math.min(r.length,this.floatsPerItem),s=0;s<o;s++)this.data[i+s]=r[s];this.markDirty(n)}}])})(Da);function ar(a,t,e){for(var n=[],r=new Set,i=0;i<a.length;i++){var o=a[i],s=O(o.attributes),l;try{for(s.s();!(l=s.n()).done;){var u=l.value,d=u.name.replace(/^a_/,"");if(!r.has(d)){r.add(d);var h=t.offsets[d];if(h!==void 0){var c=e?.get(i);n.push({sourceKey:u.source||d,packedOffset:h,size:u.size,isColor:u.size===4&&!!u.normalized,defaultNum:typeof u.defaultValue=="number"?u.defaultValue:u.defaultValue===!0?1:0,defaultColor:typeof u.defaultValue=="string"?u.defaultValue:"",sourceIndex:i,hasLifecycleHook:!!(c!=null&&c.getAttributeData)})}}}}catch(f){s.e(f)}finally{s.f()}}return n}function ir(a,t,e,n,r,i){e.fill(0);for(var o=0,s=a.length;o<s;o++){var l=a[o],u=l.packedOffset,d=void 0;if(l.hasLifecycleHook){var h=r.get(l.sourceIndex-i);d=h.getAttributeData(t,l.sourceKey),d===null&&(d=t[l.sourceKey])}else d=t[l.sourceKey];if(l.isColor){var c=typeof d=="string"?d:l.defaultColor||n,f=hn(c),g=le(f,4),p=g[0],v=g[1],m=g[2],y=g[3];e[u]=p/255,e[u+1]=v/255,e[u+2]=m/255,e[u+3]=y/255}else if(l.size===1)e[u]=typeof d=="number"?d:typeof d=="boolean"?d?1:0:l.defaultNum;else{var _=Array.isArray(d)?d:null;if(_)for(var x=0;x<l.size;x++){var b;e[u+x]=(b=_[x])!==null&&b!==void 0?b:0}}}}var Fn=["r","g","b","a"];function Ut(a,t){var e=a.offsets,n=a.specs,r=a.texelsPerItem,i=a.floatsPerItem,o=Object.keys(e);if(o.length===0||i===0)return{fetchCode:"",varyingAssignments:""};var s=t.varPrefix,l=t.baseTexelExpr,u=t.textureWidthUniform,d=t.textureSamplerUniform,h=t.outputPrefix,c=h===void 0?"v_":h,f=[];f.push("  int ".concat(s,"BaseTexel = ").concat(l,";")),f.push("");for(var g=0;g<r;g++)f.push("  ivec2 ".concat(s,"Coord").concat(g," = ivec2((").concat(s,"BaseTexel + ").concat(g,") % ").concat(u,", (").concat(s,"BaseTexel + ").concat(g,") / ").concat(u,");")),f.push("  vec4 ".concat(s,"Texel").concat(g," = texelFetch(").concat(d,", ").concat(s,"Coord").concat(g,", 0);"));f.push("");for(var p=[],v=function(){var x=y[m],b=n[x],T=e[x],S=Math.floor(T/4),w=T%4,k="".concat(s,"Texel").concat(S),A="".concat(s,"Texel").concat(S+1),L="".concat(s,"Fetched_").concat(x);if(b.size===1)f.push("  float ".concat(L," = ").concat(k,".").concat(Fn[w],";"));else if(b.size===4&&w===0)f.push("  vec4 ".concat(L," = ").concat(k,";"));else{var C=w+b.size;if(C<=4){var E="vec".concat(b.size),G=Fn.slice(w,C).join("");f.push("  ".concat(E," ").concat(L," = ").concat(k,".").concat(G,";"))}else{var z=b.size===4?"vec4":"vec".concat(b.size),P=Fn.slice(w).map(function(N){return"".concat(k,".").concat(N)}),D=Fn.slice(0,C-4).map(function(N){return"".concat(A,".").concat(N)}),F=[].concat(Q(P),Q(D)).join(", ");f.push("  ".concat(z," ").concat(L," = ").concat(z,"(").concat(F,");"))}}p.push("  ".concat(c).concat(x," = ").concat(L,";"))},m=0,y=o;m<y.length;m++)v();return{fetchCode:f.join(`
`),varyingAssignments:p.join(`
`)}}function Ca(a,t,e){if(!(!t||e.type==="sampler2D"))switch(e.type){case"float":a.uniform1f(t,e.value);break;case"int":case"bool":a.uniform1i(t,e.value);break;case"vec2":a.uniform2fv(t,e.value);break;case"vec3":a.uniform3fv(t,e.value);break;case"vec4":a.uniform4fv(t,e.value);break;case"mat3":a.uniformMatrix3fv(t,!1,e.value);break;case"mat4":a.uniformMatrix4fv(t,!1,e.value);break}}var Ad=I(I(I(I(I(I(I(I({},WebGL2RenderingContext.BOOL,1),WebGL2RenderingContext.BYTE,1),WebGL2RenderingContext.UNSIGNED_BYTE,1),WebGL2RenderingContext.SHORT,2),WebGL2RenderingContext.UNSIGNED_SHORT,2),WebGL2RenderingContext.INT,4),WebGL2RenderingContext.UNSIGNED_INT,4),WebGL2RenderingContext.FLOAT,4);function Nn(a){var t=a.match(/^(#version[^\n]*\n)/);return t?t[1]+`#define PICKING_MODE
`+a.slice(t[1].length):`#define PICKING_MODE
`+a}var Rt=(function(){function a(t,e,n){ne(this,a),I(this,"floats",new Float32Array),I(this,"ints",new Uint32Array),I(this,"constantArray",new Float32Array),I(this,"capacity",0),I(this,"verticesCount",0),I(this,"bufferGeneration",0),I(this,"uploadedGeneration",new Map),I(this,"constantBufferGeneration",0),I(this,"uploadedConstantGeneration",new Map),I(this,"renderOffset",0),I(this,"renderCount",-1),I(this,"debugStats",{drawCalls:0,verticesDrawn:0,bufferUploadBytes:0}),I(this,"shadersLogged",!1),I(this,"pickProgram",null);var r=this.getDefinition();if(this.VERTICES=r.VERTICES,this.VERTEX_SHADER_SOURCE=r.VERTEX_SHADER_SOURCE,this.FRAGMENT_SHADER_SOURCE=r.FRAGMENT_SHADER_SOURCE,this.UNIFORMS=r.UNIFORMS,this.ATTRIBUTES=r.ATTRIBUTES,this.METHOD=r.METHOD,this.CONSTANT_ATTRIBUTES="CONSTANT_ATTRIBUTES"in r?r.CONSTANT_ATTRIBUTES:[],this.CONSTANT_DATA="CONSTANT_DATA"in r?r.CONSTANT_DATA:[],this.isInstanced="CONSTANT_ATTRIBUTES"in r,this.ATTRIBUTES_ITEMS_COUNT=yr(this.ATTRIBUTES),this.STRIDE=this.VERTICES*this.ATTRIBUTES_ITEMS_COUNT,this.renderer=n,this.normalProgram=this.getProgramInfo("normal",t,r.VERTEX_SHADER_SOURCE,r.FRAGMENT_SHADER_SOURCE,null),this.pickProgram=this.getProgramInfo("pick",t,Nn(r.VERTEX_SHADER_SOURCE),Nn(r.FRAGMENT_SHADER_SOURCE),null),this.isInstanced){var i=yr(this.CONSTANT_ATTRIBUTES);if(this.CONSTANT_DATA.length!==this.VERTICES)throw new Error("Program: error while getting constant data (expected ".concat(this.VERTICES," items, received ").concat(this.CONSTANT_DATA.length," instead)"));this.constantArray=new Float32Array(this.CONSTANT_DATA.length*i);for(var o=0;o<this.CONSTANT_DATA.length;o++){var s=this.CONSTANT_DATA[o];if(s.length!==i)throw new Error("Program: error while getting constant data (one vector has ".concat(s.length," items instead of ").concat(i,")"));for(var l=0;l<s.length;l++)this.constantArray[o*i+l]=s[l]}this.STRIDE=this.ATTRIBUTES_ITEMS_COUNT}}return re(a,[{key:"kill",value:function(){ii(this.normalProgram),this.pickProgram&&ii(this.pickProgram)}},{key:"resetDebugStats",value:function(){this.debugStats.drawCalls=0,this.debugStats.verticesDrawn=0,this.debugStats.bufferUploadBytes=0}},{key:"getProgramInfo",value:function(e,n,r,i,o){var s=n.createBuffer();if(s===null)throw new Error("Program: error while creating the WebGL buffer.");var l=Ea(n,r),u=wa(n,i),d=ka(n,[l,u]),h={};this.UNIFORMS.forEach(function(g){var p=n.getUniformLocation(d,g);p&&(h[g]=p)});var c={};this.ATTRIBUTES.forEach(function(g){c[g.name]=n.getAttribLocation(d,g.name)});var f;if(this.isInstanced&&(this.CONSTANT_ATTRIBUTES.forEach(function(g){c[g.name]=n.getAttribLocation(d,g.name)}),f=n.createBuffer(),f===null))throw new Error("Program: error while creating the WebGL constant buffer.");return{name:e,program:d,gl:n,frameBuffer:o,buffer:s,constantBuffer:f||{},uniformLocations:h,attributeLocations:c,isPicking:e==="pick",vertexShader:l,fragmentShader:u}}},{key:"bindProgram",value:function(e){var n=this,r=0,i=e.gl,o=e.buffer;if(this.isInstanced){if(i.bindBuffer(i.ARRAY_BUFFER,e.constantBuffer),r=0,this.CONSTANT_ATTRIBUTES.forEach(function(d){return r+=n.bindAttribute(d,e,r,!1)}),this.uploadedConstantGeneration.get(e.constantBuffer)!==this.constantBufferGeneration){var l;i.bufferData(i.ARRAY_BUFFER,this.constantArray,i.STATIC_DRAW),this.uploadedConstantGeneration.set(e.constantBuffer,this.constantBufferGeneration),(l=this.renderer)!==null&&l!==void 0&&l.getSetting("DEBUG_logRenderStats")&&(this.debugStats.bufferUploadBytes+=this.constantArray.byteLength)}if(i.bindBuffer(i.ARRAY_BUFFER,e.buffer),r=this.renderOffset*this.ATTRIBUTES_ITEMS_COUNT*Float32Array.BYTES_PER_ELEMENT,this.ATTRIBUTES.forEach(function(d){return r+=n.bindAttribute(d,e,r,!0)}),this.uploadedGeneration.get(o)!==this.bufferGeneration){var u;i.bufferData(i.ARRAY_BUFFER,this.floats,i.DYNAMIC_DRAW),this.uploadedGeneration.set(o,this.bufferGeneration),(u=this.renderer)!==null&&u!==void 0&&u.getSetting("DEBUG_logRenderStats")&&(this.debugStats.bufferUploadBytes+=this.floats.byteLength)}}else if(i.bindBuffer(i.ARRAY_BUFFER,o),r=0,this.ATTRIBUTES.forEach(function(d){return r+=n.bindAttribute(d,e,r)}),this.uploadedGeneration.get(o)!==this.bufferGeneration){var s;i.bufferData(i.ARRAY_BUFFER,this.floats,i.DYNAMIC_DRAW),this.uploadedGeneration.set(o,this.bufferGeneration),(s=this.renderer)!==null&&s!==void 0&&s.getSetting("DEBUG_logRenderStats")&&(this.debugStats.bufferUploadBytes+=this.floats.byteLength)}i.bindBuffer(i.ARRAY_BUFFER,null)}},{key:"unbindProgram",value:function(e){var n=this;this.isInstanced?(this.CONSTANT_ATTRIBUTES.forEach(function(r){return n.unbindAttribute(r,e,!1)}),this.ATTRIBUTES.forEach(function(r){return n.unbindAttribute(r,e,!0)})):this.ATTRIBUTES.forEach(function(r){return n.unbindAttribute(r,e)})}},{key:"bindAttribute",value:function(e,n,r,i){var o=Ad[e.type];if(typeof o!="number")throw new Error('Program.bind: yet unsupported attribute type "'.concat(e.type,'"'));var s=n.attributeLocations[e.name],l=n.gl;if(s!==-1){l.enableVertexAttribArray(s);var u=this.isInstanced?(i?this.ATTRIBUTES_ITEMS_COUNT:yr(this.CONSTANT_ATTRIBUTES))*Float32Array.BYTES_PER_ELEMENT:this.ATTRIBUTES_ITEMS_COUNT*Float32Array.BYTES_PER_ELEMENT;l.vertexAttribPointer(s,e.size,e.type,e.normalized||!1,u,r),this.isInstanced&&i&&l.vertexAttribDivisor(s,1)}return e.size*o}},{key:"unbindAttribute",value:function(e,n,r){var i=n.attributeLocations[e.name],o=n.gl;i!==-1&&(o.disableVertexAttribArray(i),this.isInstanced&&r&&o.vertexAttribDivisor(i,0))}},{key:"reallocate",value:function(e){e!==this.capacity&&(this.capacity=e,this.verticesCount=this.VERTICES*e,this.floats=new Float32Array(this.isInstanced?this.capacity*this.ATTRIBUTES_ITEMS_COUNT:this.verticesCount*this.ATTRIBUTES_ITEMS_COUNT),this.ints=new Uint32Array(this.floats.buffer),this.invalidateBuffers())}},{key:"invalidateBuffers",value:function(){this.bufferGeneration++,this.constantBufferGeneration++}},{key:"hasNothingToRender",value:function(){return this.verticesCount===0}},{key:"setTypedUniform",value:function(e,n){var r;Ca(n.gl,(r=n.uniformLocations[e.name])!==null&&r!==void 0?r:null,e)}},{key:"renderProgram",value:function(e,n){var r=n.gl,i=n.program,o=n.isPicking;o?r.disable(r.BLEND):r.enable(r.BLEND),r.useProgram(i),this.setUniforms(e,n),this.drawWebGL(this.METHOD,n)}},{key:"render",value:function(e,n,r){var i;if(!this.shadersLogged&&(i=this.renderer)!==null&&i!==void 0&&i.getSetting("DEBUG_logShaders")&&(this.shadersLogged=!0,console.log("[sigma] DEBUG_logShaders: ".concat(this.constructor.name),{normal:{vertexShaderSource:this.VERTEX_SHADER_SOURCE,fragmentShaderSource:this.FRAGMENT_SHADER_SOURCE},pick:{vertexShaderSource:Nn(this.VERTEX_SHADER_SOURCE),fragmentShaderSource:Nn(this.FRAGMENT_SHADER_SOURCE)}})),!this.hasNothingToRender()){this.renderOffset=n??0,this.renderCount=r??-1;var o=this.normalProgram.gl;if(o.bindFramebuffer(o.FRAMEBUFFER,null),o.viewport(0,0,e.width*e.pixelRatio,e.height*e.pixelRatio),this.bindProgram(this.normalProgram),this.renderProgram(e,this.normalProgram),this.unbindProgram(this.normalProgram),this.pickProgram&&e.pickingFrameBuffer){var s=Math.ceil(e.width*e.pixelRatio/e.downSizingRatio),l=Math.ceil(e.height*e.pixelRatio/e.downSizingRatio);o.bindFramebuffer(o.FRAMEBUFFER,e.pickingFrameBuffer),o.viewport(0,0,s,l),this.bindProgram(this.pickProgram),this.renderProgram(e,this.pickProgram),this.unbindProgram(this.pickProgram),o.bindFramebuffer(o.FRAMEBUFFER,null),o.viewport(0,0,e.width*e.pixelRatio,e.height*e.pixelRatio)}}}},{key:"drawWebGL",value:function(e,n){var r,i=n.gl,o=this.renderCount>=0?this.renderCount:this.capacity;(r=this.renderer)!==null&&r!==void 0&&r.getSetting("DEBUG_logRenderStats")&&(this.debugStats.drawCalls++,this.debugStats.verticesDrawn+=o*this.VERTICES),this.isInstanced?i.drawArraysInstanced(e,0,this.VERTICES,o):i.drawArrays(e,this.renderOffset*this.VERTICES,o*this.VERTICES)}}])})(),bt=2,La=7,Dd={below:0,above:1,left:2,right:3};function Cd(){var a=`#version 300 es
precision highp float;

uniform mat3 u_matrix;
uniform vec2 u_resolution;
uniform float u_labelPixelSnapping;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_cameraAngle;
uniform float u_pixelRatio;
uniform float u_labelMargin;
uniform float u_zoomLabelSizeRatio;

uniform sampler2D u_nodeDataTexture;
uniform int u_nodeDataTextureWidth;
uniform sampler2D u_nodeFrameTexture;
uniform int u_nodeFrameTextureWidth;

// Atlas size is fixed at 2048×2048 — matches AttachmentManager.ATLAS_SIZE.
uniform sampler2D u_atlasTexture;
const vec2 u_atlasSize = vec2(2048.0);

// Per-instance
in float a_nodeIndex;           // node-data texture index
in vec4 a_atlasRect;            // x, y, width, height in atlas pixels
in vec2 a_attachmentSize;       // attachment dimensions (CSS px)
in float a_positionMode;        // label position: 0=right 1=left 2=above 3=below 4=over
in float a_attachmentPlacement; // 0=below 1=above 2=left 3=right (relative to label)
in float a_labelWidth;          // label width (CSS px)
in float a_labelHeight;         // label height: font line box (CSS px)
in float a_textHeight;          // actual glyph height (CSS px)
in float a_labelAngle;          // label rotation angle (radians)

// Per-vertex (constant)
in vec2 a_quadCorner;           // [-1,-1], [1,-1], [-1,1], [1,1]

out vec2 v_texCoord;

`.concat(ot,`
`).concat(kt,`
`).concat(Yt,`
`).concat(us,`
`).concat(Sn,`

void main() {
  int nodeIdx = int(a_nodeIndex);

  // Node data: (x, y, size, shapeId).
  vec4 nodeData = readNodeData(u_nodeDataTexture, u_nodeDataTextureWidth, nodeIdx);
  vec2 nodePos = nodeData.xy;
  float nodeSize = nodeData.z;

  // Normalized edge distance from the shared frame texture (the frame-pass ran
  // the SDF search once; we just read the result).
  float edgeDist = readFrameTexel(u_nodeFrameTexture, u_nodeFrameTextureWidth, nodeIdx).r;

  // Per-node label rotation alignment: 0 = viewport, 1 = label turns with camera.
  float labelRotation = readNodeFlags(u_nodeDataTexture, u_nodeDataTextureWidth, nodeIdx).g;

  vec3 nodeClip = u_matrix * vec3(nodePos, 1.0);

  // Node radius in physical pixels (matches label/background).
  float matrixScaleX = length(vec2(u_matrix[0][0], u_matrix[1][0]));
  float nodeRadiusGraphSpace = nodeSize * u_correctionRatio / u_sizeRatio * 2.0;
  float nodeRadiusPixels = nodeRadiusGraphSpace * matrixScaleX * u_resolution.x / 2.0;

  // CSS-px inputs -> physical px, scaled by the zoom-dependent label ratio, so
  // the attachment stays glued to the label box exactly as the label scales.
  float zoomScale = u_zoomLabelSizeRatio;
  vec2 labelHalf = vec2(a_labelWidth, a_labelHeight) * 0.5 * zoomScale * u_pixelRatio;
  vec2 attachHalf = a_attachmentSize * 0.5 * zoomScale * u_pixelRatio;
  float gap = `).concat(bt.toFixed(1),` * zoomScale * u_pixelRatio;
  float labelMargin = u_labelMargin * zoomScale * u_pixelRatio;

  // Graph-aligned labels add the camera angle so the attachment orbits with the box.
  mat2 labelRotMat = rotate2D(a_labelAngle - labelRotation * u_cameraAngle);

  // Label box center relative to the node center (pre-rotation). The shape-aware
  // edge distance comes from the frame texture, so placement matches the label.
  vec2 boxCenter = vec2(0.0);
  if (a_positionMode < 4.0) {
    float labelStart = nodeRadiusPixels * edgeDist + labelMargin;
    float textHalf = a_textHeight * 0.5 * zoomScale * u_pixelRatio;
    boxCenter = labelBoxCenter(a_positionMode, labelStart, labelHalf, textHalf);
  }

  // Horizontal anchor of below/above attachments tracks the label position, so
  // the attachment hangs from the label edge nearest the node (or is centered
  // when the label itself is node-centered): right->left, left->right, else center.
  float anchorX = 0.0;
  if (a_positionMode < 0.5) anchorX = -labelHalf.x + attachHalf.x;       // right label
  else if (a_positionMode < 1.5) anchorX = labelHalf.x - attachHalf.x;   // left label

  // Attachment center relative to the box (pre-rotation, Y-down). This offset
  // depends only on the box, the gap and the attachment size — never the shape.
  vec2 attachCenter;
  if (a_attachmentPlacement < 0.5) {
    // below
    attachCenter = boxCenter + vec2(anchorX, labelHalf.y + gap + attachHalf.y);
  } else if (a_attachmentPlacement < 1.5) {
    // above
    attachCenter = boxCenter + vec2(anchorX, -(labelHalf.y + gap + attachHalf.y));
  } else if (a_attachmentPlacement < 2.5) {
    // left, top-aligned
    attachCenter = boxCenter + vec2(-(labelHalf.x + gap + attachHalf.x), -labelHalf.y + attachHalf.y);
  } else {
    // right, top-aligned
    attachCenter = boxCenter + vec2(labelHalf.x + gap + attachHalf.x, -labelHalf.y + attachHalf.y);
  }

  // Rotate the whole assembly by the label angle, around the node center.
  vec2 rotatedCenter = labelRotMat * attachCenter;
  vec2 cornerOffset = labelRotMat * (a_quadCorner * attachHalf);

  // Node center in screen px (Y-down).
  vec2 nodeScreen = vec2(
    (nodeClip.x + 1.0) * u_resolution.x,
    (1.0 - nodeClip.y) * u_resolution.y
  ) * 0.5;

  // Snap node center to the pixel grid so label/backdrop/attachment move as one.
  vec2 snapDelta = (round(nodeScreen) - nodeScreen) * u_labelPixelSnapping;

  // Snap the quad's top-left to integer pixels so atlas texels map 1:1.
  vec2 centerScreen = nodeScreen + rotatedCenter + snapDelta;
  vec2 topLeft = centerScreen - attachHalf;
  topLeft = mix(topLeft, round(topLeft), u_labelPixelSnapping);
  centerScreen = topLeft + attachHalf;

  vec2 vertexScreen = centerScreen + cornerOffset;
  gl_Position = vec4(
    vertexScreen.x * 2.0 / u_resolution.x - 1.0,
    1.0 - vertexScreen.y * 2.0 / u_resolution.y,
    0.0, 1.0
  );

  vec2 texOrigin = a_atlasRect.xy / u_atlasSize;
  vec2 texSize = a_atlasRect.zw / u_atlasSize;
  vec2 uv = (a_quadCorner + 1.0) / 2.0;
  v_texCoord = texOrigin + uv * texSize;
}
`);return a}var Ld=`#version 300 es
precision highp float;

uniform sampler2D u_atlasTexture;

in vec2 v_texCoord;

layout(location = 0) out vec4 fragColor;
#ifdef PICKING_MODE
layout(location = 1) out vec4 pickColor;
#endif

void main() {
  // Canvas textures are premultiplied; output directly for (ONE, 1-SRC_ALPHA) blending
  vec4 color = texture(u_atlasTexture, v_texCoord);
  if (color.a < 0.01) discard;
  fragColor = color;
#ifdef PICKING_MODE
  pickColor = vec4(0.0); // Attachments are not pickable
#endif
}
`;function Pd(a,t,e,n){var r,i,o=n.label,s=o===void 0?{}:o,l=(r=s.margin)!==null&&r!==void 0?r:bn,u=(i=s.zoomToLabelSizeRatioFunction)!==null&&i!==void 0?i:function(){return 1},d=Cd(),h=Ld,c=(function(f){function g(){var p;ne(this,g);for(var v=arguments.length,m=new Array(v),y=0;y<v;y++)m[y]=arguments[y];return p=me(this,g,[].concat(m)),I(p,"totalCount",0),I(p,"bufferCapacity",0),p}return ve(g,f),re(g,[{key:"getDefinition",value:function(){var v=WebGL2RenderingContext,m=v.FLOAT,y=v.TRIANGLE_STRIP;return{VERTICES:4,VERTEX_SHADER_SOURCE:d,FRAGMENT_SHADER_SOURCE:h,METHOD:y,UNIFORMS:["u_matrix","u_resolution","u_labelPixelSnapping","u_sizeRatio","u_correctionRatio","u_cameraAngle","u_pixelRatio","u_labelMargin","u_zoomLabelSizeRatio","u_nodeDataTexture","u_nodeDataTextureWidth","u_nodeFrameTexture","u_nodeFrameTextureWidth","u_atlasTexture"],ATTRIBUTES:[{name:"a_nodeIndex",size:1,type:m},{name:"a_atlasRect",size:4,type:m},{name:"a_attachmentSize",size:2,type:m},{name:"a_positionMode",size:1,type:m},{name:"a_attachmentPlacement",size:1,type:m},{name:"a_labelWidth",size:1,type:m},{name:"a_labelHeight",size:1,type:m},{name:"a_textHeight",size:1,type:m},{name:"a_labelAngle",size:1,type:m}],CONSTANT_ATTRIBUTES:[{name:"a_quadCorner",size:2,type:m}],CONSTANT_DATA:[[-1,-1],[1,-1],[-1,1],[1,1]]}}},{key:"processAttachment",value:function(v,m){var y=this.floats,_=v*this.STRIDE;y[_++]=m.nodeIndex,y[_++]=m.atlasX,y[_++]=m.atlasY,y[_++]=m.atlasW,y[_++]=m.atlasH,y[_++]=m.attachWidth,y[_++]=m.attachHeight,y[_++]=m.positionMode,y[_++]=m.attachmentPlacement,y[_++]=m.labelWidth,y[_++]=m.labelHeight,y[_++]=m.textHeight,y[_++]=m.labelAngle}},{key:"setUniforms",value:function(v,m){var y=m.gl,_=m.uniformLocations;y.uniformMatrix3fv(_.u_matrix,!1,v.matrix),y.uniform2f(_.u_resolution,v.width*v.pixelRatio,v.height*v.pixelRatio),y.uniform1f(_.u_labelPixelSnapping,v.labelPixelSnapping),y.uniform1f(_.u_sizeRatio,v.sizeRatio),y.uniform1f(_.u_correctionRatio,v.correctionRatio),y.uniform1f(_.u_cameraAngle,v.cameraAngle),y.uniform1f(_.u_pixelRatio,v.pixelRatio),y.uniform1f(_.u_labelMargin,g.labelMargin),y.uniform1f(_.u_zoomLabelSizeRatio,1/u(v.zoomRatio)),y.uniform1i(_.u_nodeDataTexture,v.nodeDataTextureUnit),y.uniform1i(_.u_nodeDataTextureWidth,v.nodeDataTextureWidth),y.uniform1i(_.u_nodeFrameTexture,v.nodeFrameTextureUnit),y.uniform1i(_.u_nodeFrameTextureWidth,v.nodeFrameTextureWidth),y.uniform1i(_.u_atlasTexture,La)}},{key:"reallocateAttachments",value:function(v){this.totalCount=v,v>this.bufferCapacity&&(this.bufferCapacity=Math.max(v,Math.ceil(this.bufferCapacity*1.5)||10),pe(g,"reallocate",this)([this.bufferCapacity]))}},{key:"hasNothingToRender",value:function(){return this.totalCount===0}},{key:"drawWebGL",value:function(v,m){var y=m.gl;this.totalCount!==0&&y.drawArraysInstanced(v,0,this.VERTICES,this.totalCount)}}])})(Rt);return I(c,"labelMargin",l),new c(a,t,e)}var ht=5;function or(a,t){return[].concat(Q(t),Q(a.map(function(e){var n;return{attributes:(n=e.attributes)!==null&&n!==void 0?n:[]}})))}function Zt(a,t){var e=We(or(a,t)),n=new Set(a.flatMap(function(u){var d;return(d=u.attributes)!==null&&d!==void 0?d:[]}).map(function(u){return u.name.replace(/^a_/,"")})),r={},i={},o=O(n),s;try{for(o.s();!(s=o.n()).done;){var l=s.value;r[l]=e.offsets[l],i[l]=e.specs[l]}}catch(u){o.e(u)}finally{o.f()}return H(H({},e),{},{offsets:r,specs:i})}function Id(a,t){var e=new Set(["u_matrix","u_sizeRatio","u_correctionRatio","u_cameraAngle","u_pickingPadding","u_nodeDataTexture","u_layerAttributeTexture"]),n=new Set,r=a.flatMap(function(f){return f.uniforms}).filter(function(f){return e.has(f.name)||n.has(f.name)?!1:(n.add(f.name),!0)}).map(function(f){return"uniform ".concat(f.type," ").concat(f.name,";")}).join(`
`),i=t.flatMap(function(f){return f.uniforms}).filter(function(f){return e.has(f.name)||n.has(f.name)?!1:(n.add(f.name),!0)}).map(function(f){return"uniform ".concat(f.type," ").concat(f.name,";")}).join(`
`),o=or(a,t),s=new Set,l=o.flatMap(function(f){return f.attributes}).filter(function(f){var g=f.name.replace(/^a_/,"");return s.has(g)?!1:(s.add(g),!0)}).map(function(f){var g=f.name.replace(/^a_/,""),p=f.size===1?"float":"vec".concat(f.size);return"out ".concat(p," v_").concat(g,";")}).join(`
`),u=Ut(We(o),{varPrefix:"layer",baseTexelExpr:"nodeIdx * u_layerAttributeTexelsPerNode",textureWidthUniform:"u_layerAttributeTextureWidth",textureSamplerUniform:"u_layerAttributeTexture"}),d=u.fetchCode,h=u.varyingAssignments,c=`#version 300 es

// Standard node attributes (per instance) - minimal buffer usage
in float a_nodeIndex;  // Index into node data texture AND layer attribute texture
in vec4 a_id;          // Node ID for picking
in float a_opacity;    // Node opacity, applied once to the final fragment

// Constant attributes (per vertex, same for all instances)
in vec2 a_quadCorner;  // (-1,-1), (1,-1), (1,1), (-1,1) for quad corners

// Standard uniforms
uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_cameraAngle;
#ifdef PICKING_MODE
uniform float u_pickingPadding;
#endif
uniform sampler2D u_nodeDataTexture;
uniform int u_nodeDataTextureWidth;

// Layer attribute texture uniforms
uniform sampler2D u_layerAttributeTexture;
uniform int u_layerAttributeTextureWidth;
uniform int u_layerAttributeTexelsPerNode;

`.concat(r,`
`).concat(i,`

// Standard varyings
out vec2 v_uv;                    // Normalized coordinates [-1, 1]
out vec4 v_id;
out float v_opacity;
out float v_antialiasingWidth;    // Width for antialiasing in UV space
out float v_pixelSize;            // Node size in pixels (for pixel-mode borders)
out float v_pixelToUV;            // Conversion factor: multiply by this to convert screen pixels to UV units
out float v_shapeId;              // Shape ID for multi-shape programs

// Layer varyings
`).concat(l,`

// Node-data fetch helpers (geometry texel + rotation-flags texel)
`).concat(ot,`
`).concat(kt,`

void main() {
  // Fetch node geometry: vec4(x, y, size, shapeId).
  int nodeIdx = int(a_nodeIndex);

  // Hidden nodes are flagged with a negative row by NodeProgram.process(). Push
  // the whole quad outside the clip volume: every vertex lands at the same
  // out-of-range position, so the primitive is fully clipped and rasterizes
  // nothing — neither to the frame buffer nor to the picking buffer.
  if (nodeIdx < 0) {
    gl_Position = vec4(2.0, 0.0, 0.0, 1.0);
    v_id = vec4(0.0);
    return;
  }

  vec4 nodeData = readNodeData(u_nodeDataTexture, u_nodeDataTextureWidth, nodeIdx);
  vec2 a_position = nodeData.xy;
  float a_size = nodeData.z;
  v_shapeId = nodeData.w;  // Pass shape ID to fragment shader

  // Per-node rotation alignment: 0 = viewport (screen-upright), 1 = graph.
  float nodeRotation = readNodeFlags(u_nodeDataTexture, u_nodeDataTextureWidth, nodeIdx).r;

`).concat(d,`

  // Calculate the actual size in pixels
  float size = a_size * u_correctionRatio / u_sizeRatio * 2.0;

  // In PICKING_MODE, inflate the quad by nodePickingPadding pixels on each side
  #ifdef PICKING_MODE
    float paddedSize = size + u_pickingPadding * u_correctionRatio;
    vec2 offset = a_quadCorner * paddedSize;
  #else
    vec2 offset = a_quadCorner * size;
  #endif
  // Counter-rotate the quad offset so viewport-aligned nodes stay upright as the
  // camera turns. Graph-aligned nodes (nodeRotation=1) skip it and turn with the
  // camera. The angle scales by (1 - nodeRotation) so both fall out of one path.
  {
    float ca = u_cameraAngle * (1.0 - nodeRotation);
    float c = cos(ca);
    float s = sin(ca);
    offset = mat2(c, s, -s, c) * offset;
  }
  vec2 position = a_position + offset;

  gl_Position = vec4(
    (u_matrix * vec3(position, 1)).xy,
    0,
    1
  );

  // In PICKING_MODE, UV is scaled beyond [-1, 1] to match the inflated quad
  #ifdef PICKING_MODE
    v_uv = a_quadCorner * (paddedSize / size);
  #else
    v_uv = a_quadCorner;
  #endif

  // Pass ID to fragment shader
  v_id = a_id;
  v_opacity = a_opacity;

  // Pass pixel size for layers that need pixel-mode calculations
  // Multiply by 2 because 'size' is half-width (offset from center), not full diameter
  v_pixelSize = size * 2.0;

  // Conversion factor from screen pixels to UV units
  // Same derivation as v_antialiasingWidth which represents ~1 pixel in UV space
  // P pixels in UV space = P * u_correctionRatio / size
  v_pixelToUV = u_correctionRatio / size;

  // We use an antialiasing width of 1px (so v_pixelToUV)
  v_antialiasingWidth = v_pixelToUV;

  // Pass layer attributes to fragment shader (fetched from texture)
`).concat(h,`
}
`);return c}function Fd(a,t,e){var n=arguments.length>3&&arguments[3]!==void 0?arguments[3]:!0,r=t.map(function(g,p){var v="layer_".concat(g.name),m=[].concat(Q(g.attributes.map(function(y){return"v_".concat(y.name.replace(/^a_/,""))})),Q(g.uniforms.map(function(y){return y.name}))).join(", ");return"  // Layer ".concat(p+1,": ").concat(g.name,`
  color = blendOver(color, `).concat(v,"(").concat(m,"));")}).join(`

`),i=new Set(["u_correctionRatio"]),o=new Set,s=a.flatMap(function(g){return g.uniforms}).filter(function(g){return i.has(g.name)||o.has(g.name)?!1:(o.add(g.name),!0)}).map(function(g){return"uniform ".concat(g.type," ").concat(g.name,";")}).join(`
`),l=t.flatMap(function(g){return g.uniforms}).filter(function(g){return i.has(g.name)||o.has(g.name)?!1:(o.add(g.name),!0)}).map(function(g){return"uniform ".concat(g.type," ").concat(g.name,";")}).join(`
`),u=new Set,d=or(a,t).flatMap(function(g){return g.attributes}).filter(function(g){var p=g.name.replace(/^a_/,"");return u.has(p)?!1:(u.add(p),!0)}).map(function(g){var p=g.name.replace(/^a_/,""),v=g.size===1?"float":"vec".concat(g.size);return"in ".concat(v," v_").concat(p,";")}).join(`
`),h=Ra(a),c=vd(a,e),f=`#version 300 es
precision highp float;

// Standard varyings
in vec2 v_uv;
in vec4 v_id;
in float v_opacity;
in float v_antialiasingWidth;
in float v_pixelSize;
in float v_pixelToUV;
in float v_shapeId;  // Shape ID for multi-shape programs

// Standard uniforms (needed for some layer calculations like pixel-mode borders)
uniform float u_correctionRatio;
#ifdef PICKING_MODE
uniform float u_pickingPadding;
#endif

// Shape uniforms
`.concat(s,`

// Layer uniforms
`).concat(l,`

// Layer varyings
`).concat(d,`

// Fragment output (single target - picking handled via separate pass)
out vec4 fragColor;

// LayerContext struct - provides rendering context to all layers
struct LayerContext {
  float sdf;             // Signed distance from shape boundary (negative inside)
  vec2 uv;               // UV coordinates [-1, 1], center at (0,0)
  float shapeSize;       // Effective shape size (~diameter) in UV space (1.0 - aaWidth)
  float shapeHalfSize;   // Effective shape half size (~radius) in UV space
  float pixelSize;       // Node full size (~diameter) in screen pixels
  float aaWidth;         // Anti-aliasing width for smooth transitions
  float correctionRatio; // Scaling factor for consistent rendering across zoom levels
  float pixelToUV;       // Conversion factor: multiply screen pixels by this to get UV units
  float inradiusFactor;  // Ratio of inradius to circumradius (shape depth factor)
};

LayerContext context;  // Global instance, populated before layer calls

// Alpha "over" compositing for layer blending
vec4 blendOver(vec4 bg, vec4 fg) {
  float a = fg.a;
  return vec4(mix(bg.rgb, fg.rgb, a), bg.a + a * (1.0 - bg.a));
}

// SDF shape functions
`).concat(h,`

// Shape selector function (sets context.sdf and context.inradiusFactor)
`).concat(c,`

// Layer functions
`).concat(t.map(function(g){return g.glsl}).join(`

`),`

void main() {
  // 1. Setup LayerContext (available to all layer functions)
  context.shapeSize = 1.0 - v_antialiasingWidth;
  context.shapeHalfSize = context.shapeSize * 0.5;
  context.pixelSize = v_pixelSize;
  context.uv = v_uv;
  context.aaWidth = v_antialiasingWidth;
  context.correctionRatio = u_correctionRatio;
  context.pixelToUV = v_pixelToUV;

  // Query shape SDF based on shapeId (sets context.sdf and context.inradiusFactor)
  queryNodeSDF(int(v_shapeId), v_uv, context.shapeSize);

  // 2. Early discard for pixels fully outside the shape (with AA margin)
  // In PICKING_MODE, allow extra fragments up to the picking padding distance
  #ifdef PICKING_MODE
    if (context.sdf > u_pickingPadding * v_pixelToUV + context.aaWidth) discard;
  #else
    if (context.sdf > context.aaWidth) discard;
  #endif

  // 3. Apply layers sequentially with "over" compositing
  vec4 color = vec4(0.0);

`).concat(r,`

  #ifdef PICKING_MODE
    // Picking pass: output node ID for pixels within the picking area.
    if (context.sdf > u_pickingPadding * v_pixelToUV) discard;
    fragColor = v_id;
  #else
`).concat(n?`    // Visual pass: apply antialiasing at shape boundary, node opacity once
    // smoothstep provides smooth transition from opaque to transparent
    float alpha = smoothstep(context.aaWidth, -context.aaWidth, context.sdf) * v_opacity;`:`    // Visual pass: hard-edged (no anti-aliasing gradient) shape boundary, node opacity applied once
    float alpha = (context.sdf < 0.0 ? 1.0 : 0.0) * v_opacity;`,`
    // Mix with transparent to fade both color AND alpha together (avoids bright halo)
    fragColor = mix(vec4(0.0), color, alpha);
  #endif
}
`);return f}function Nd(a,t){var e=new Set;return e.add("u_matrix"),e.add("u_sizeRatio"),e.add("u_correctionRatio"),e.add("u_cameraAngle"),e.add("u_pickingPadding"),e.add("u_nodeDataTexture"),e.add("u_nodeDataTextureWidth"),e.add("u_layerAttributeTexture"),e.add("u_layerAttributeTextureWidth"),e.add("u_layerAttributeTexelsPerNode"),a.forEach(function(n){n.uniforms.forEach(function(r){return e.add(r.name)})}),t.forEach(function(n){n.uniforms.forEach(function(r){return e.add(r.name)})}),Array.from(e)}function Gd(a){var t=WebGL2RenderingContext,e=t.UNSIGNED_BYTE,n=t.FLOAT;return[{name:"a_nodeIndex",size:1,type:n},{name:"a_id",size:4,type:e,normalized:!0},{name:"a_opacity",size:1,type:n}]}function li(a){var t=a.shapes,e=a.layers,n=a.shapeGlobalIds,r=a.antialias,i=r===void 0?!0:r;return{vertexShader:Id(t,e),fragmentShader:Fd(t,e,n,i),uniforms:Nd(t,e),attributes:Gd()}}function hs(a,t,e){var n=Zt(a,t),r=n.specs;return Object.keys(r).map(function(i){return"flat ".concat(e," ").concat(r[i].size===1?"float":"vec".concat(r[i].size)," v_").concat(i,";")}).join(`
`)}function zd(a){var t,e,n=a.shapes,r=a.layers,i=a.shapeGlobalIds,o=Ut(Zt(n,r),{varPrefix:"nodeAttr",baseTexelExpr:"nodeIdx * u_layerAttributeTexelsPerNode",textureWidthUniform:"u_layerAttributeTextureWidth",textureSamplerUniform:"u_layerAttributeTexture"}),s=n.length===1?"float inradiusFactor = ".concat(fe((t=n[0].inradiusFactor)!==null&&t!==void 0?t:1),";"):"float inradiusFactor = ".concat(fe((e=n[0].inradiusFactor)!==null&&e!==void 0?e:1),`;
  switch (int(shapeId)) {
`).concat(n.map(function(u,d){var h,c=i?i[d]:d;return"    case ".concat(c,": inradiusFactor = ").concat(fe((h=u.inradiusFactor)!==null&&h!==void 0?h:1),"; break;")}).join(`
`),`
    default: break;
  }`),l=`#version 300 es

in float a_nodeIndex;
in float a_labelWidth;
in float a_labelHeight;
in float a_textHeight;
in float a_positionMode;
in float a_labelAngle;
in vec4 a_backdropColor;
in vec4 a_backdropShadowColor;
in float a_backdropShadowBlur;
in float a_backdropPadding;
in vec4 a_backdropBorderColor;
in vec4 a_backdropExtra; // [borderWidth, cornerRadius, labelPadding, area]
in vec2 a_labelBoxOffset;
in vec2 a_quadCorner;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_cameraAngle;
uniform vec2 u_resolution;
uniform float u_pixelRatio;
uniform float u_labelMargin;
uniform float u_zoomLabelSizeRatio;
uniform float u_labelPixelSnapping;
uniform sampler2D u_nodeDataTexture;
uniform int u_nodeDataTextureWidth;
uniform sampler2D u_nodeFrameTexture;
uniform int u_nodeFrameTextureWidth;
uniform sampler2D u_layerAttributeTexture;
uniform int u_layerAttributeTextureWidth;
uniform int u_layerAttributeTexelsPerNode;

out vec2 v_uv;
out vec2 v_nodeCenter;
out float v_nodeRadius;
out vec2 v_labelCenter;
out vec2 v_labelHalfSize;
out float v_aaWidth;
out float v_shapeId;
out float v_nodeRotation;
out float v_labelAngle;
out vec4 v_backdropColor;
out vec4 v_backdropShadowColor;
out float v_backdropShadowBlur;
out float v_backdropPadding;
out vec4 v_backdropBorderColor;
out float v_backdropBorderWidth;
out float v_backdropCornerRadius;
out float v_backdropArea;
`.concat(hs(n,r,"out"),`

`).concat(ot,`
`).concat(kt,`
`).concat(Yt,`

void main() {
  int nodeIdx = int(a_nodeIndex);
`).concat(o.fetchCode,`
`).concat(o.varyingAssignments,`

  // Node data: (x, y, size, shapeId). shapeId (global) is forwarded to the
  // fragment shader, which keeps the shape SDF for the outline.
  vec4 nodeData = readNodeData(u_nodeDataTexture, u_nodeDataTextureWidth, nodeIdx);
  vec2 nodePosition = nodeData.xy;
  float nodeSize = nodeData.z;
  float shapeId = nodeData.w;

  // Per-node rotation alignment (0 = viewport, 1 = graph). nodeRotation drives
  // the fragment's shape outline; labelRotation turns the label box with camera.
  vec4 nodeFlags = readNodeFlags(u_nodeDataTexture, u_nodeDataTextureWidth, nodeIdx);
  float nodeRotation = nodeFlags.r;
  float labelRotation = nodeFlags.g;
  v_nodeRotation = nodeRotation;

  `).concat(ss,`
  // CSS pixel attributes are multiplied by u_pixelRatio to match nodeRadiusPixels,
  // which is already in physical pixels (nodeRadiusNDC * u_resolution.x / 2.0).
  float padding = a_backdropPadding * u_pixelRatio;
  float shadowBlur = a_backdropShadowBlur * u_pixelRatio;
  // Unpack a_backdropExtra: [borderWidth, cornerRadius, labelPadding, area]
  float borderWidth = a_backdropExtra.x * u_pixelRatio;
  float cornerRadius = a_backdropExtra.y * u_pixelRatio;
  float labelPad = a_backdropExtra.z * u_pixelRatio;
  float backdropArea = a_backdropExtra.w;
  // Use 2x shadowBlur so the Gaussian fully decays before the quad edge
  float totalExpansion = shadowBlur * 2.0 + borderWidth;
  float enlargedRadius = nodeRadiusPixels + padding;

  // Circumscribed radius for the quad bounds. Non-circular shapes reach past
  // their inradius out to their circumradius (= enlargedRadius / inradiusFactor),
  // in any direction once rotated. The axis-aligned quad must contain that, or
  // the fill/shadow gets clipped (square corners, triangle tip, etc.).
  `).concat(s,`
  float boundRadius = enlargedRadius / inradiusFactor;

  // Apply zoom-dependent label size scaling
  float zoomScale = u_zoomLabelSizeRatio;
  float labelW = a_labelWidth * zoomScale * u_pixelRatio;
  float labelH = a_labelHeight * zoomScale * u_pixelRatio;
  float labelMargin = u_labelMargin * zoomScale * u_pixelRatio;

  // Only apply labelPad when a label is actually present
  float effectiveLabelPad = labelW > 0.0 ? labelPad : 0.0;
  vec2 labelHalfSize = vec2(labelW * 0.5 + effectiveLabelPad, labelH * 0.5 + effectiveLabelPad);
  vec2 labelOffset = vec2(0.0);

  // Effective label angle: intrinsic angle plus the camera angle when the label
  // is graph-aligned, so the box orbits the node in lockstep with the frame-pass.
  float labelAngle = a_labelAngle - labelRotation * u_cameraAngle;
  float la_c = cos(labelAngle);
  float la_s = sin(labelAngle);
  mat2 labelRotMat = mat2(la_c, -la_s, la_s, la_c);

  vec3 nodeClip = u_matrix * vec3(nodePosition, 1.0);
  vec2 snapDelta = vec2(0.0);

  if (labelW > 0.0) {
    // labelW > 0.0 means this node's label is displayed, so the frame-pass wrote
    // its edge distance this frame.
    float edgeDistPixels = nodeRadiusPixels * readFrameTexel(u_nodeFrameTexture, u_nodeFrameTextureWidth, nodeIdx).r;
    // labelMargin matches the label shader's margin (gap from node edge to text)
    float labelStart = edgeDistPixels + labelMargin;
    // Above/below center on the actual glyph height, not the font line box, so
    // the box stays aligned with the rendered text (matches labelBoxCenter()).
    float textHalf = a_textHeight * zoomScale * u_pixelRatio * 0.5;

    // Snap node center to pixel grid so label/backdrop/attachment move as a unit
    vec2 nodeScreen = vec2(
      (nodeClip.x + 1.0) * u_resolution.x,
      (1.0 - nodeClip.y) * u_resolution.y
    ) * 0.5;
    snapDelta = (round(nodeScreen) - nodeScreen) * u_labelPixelSnapping;

    if (a_positionMode < 0.5) {
      // Right: box spans from node center to text end + padding
      float boxRightEdge = labelStart + labelW + labelPad;
      labelOffset = vec2(boxRightEdge * 0.5, 0.0);
      labelHalfSize.x = boxRightEdge * 0.5;
    } else if (a_positionMode < 1.5) {
      // Left: mirror of right
      float boxLeftEdge = labelStart + labelW + labelPad;
      labelOffset = vec2(-boxLeftEdge * 0.5, 0.0);
      labelHalfSize.x = boxLeftEdge * 0.5;
    } else if (a_positionMode < 2.5) {
      // Above: text bottom at labelStart, centered horizontally
      labelOffset = vec2(0.0, -(labelStart + textHalf));
    } else if (a_positionMode < 3.5) {
      // Below: text top at labelStart, centered horizontally
      labelOffset = vec2(0.0, labelStart + textHalf);
    }
    // over (>=4): labelOffset stays (0,0) — text centered on the node.

    // The attachment-cover shift is in label space (like the attachment itself),
    // so rotate it together with the position offset — otherwise the box drifts
    // off the attachment as the label angle grows.
    labelOffset = labelRotMat * (labelOffset + a_labelBoxOffset * zoomScale * u_pixelRatio);
  }

  // For node-only mode, zero out label dimensions
  if (backdropArea > 0.5 && backdropArea < 1.5) {
    labelHalfSize = vec2(0.0);
    labelOffset = vec2(0.0);
  }

  vec2 minBound, maxBound;

  bool hasLabelBounds = labelW > 0.0 && (backdropArea > 1.5 || backdropArea < 0.5);

  if (hasLabelBounds) {
    // Union with label bounds (area=both) or label-only bounds (area=label)
    vec2 labelMin, labelMax;

    if (a_labelAngle != 0.0) {
      vec2 corner1 = labelOffset + labelRotMat * vec2(-labelHalfSize.x, -labelHalfSize.y);
      vec2 corner2 = labelOffset + labelRotMat * vec2(labelHalfSize.x, -labelHalfSize.y);
      vec2 corner3 = labelOffset + labelRotMat * vec2(labelHalfSize.x, labelHalfSize.y);
      vec2 corner4 = labelOffset + labelRotMat * vec2(-labelHalfSize.x, labelHalfSize.y);
      labelMin = min(min(corner1, corner2), min(corner3, corner4));
      labelMax = max(max(corner1, corner2), max(corner3, corner4));
    } else {
      labelMin = labelOffset - labelHalfSize;
      labelMax = labelOffset + labelHalfSize;
    }

    if (backdropArea > 1.5) {
      // Label-only: bounds from label rect only
      minBound = labelMin - totalExpansion;
      maxBound = labelMax + totalExpansion;
    } else {
      // Both: union of node + label
      minBound = min(-vec2(boundRadius), labelMin) - totalExpansion;
      maxBound = max(vec2(boundRadius), labelMax) + totalExpansion;
    }
  } else {
    // Node-only or no visible label
    float totalRadius = boundRadius + totalExpansion;
    minBound = -vec2(totalRadius);
    maxBound = vec2(totalRadius);
  }

  vec2 quadSize = maxBound - minBound;
  vec2 quadCenter = (minBound + maxBound) * 0.5;

  vec2 localPos = quadCenter + a_quadCorner * quadSize * 0.5 + snapDelta;
  vec2 ndcOffset = localPos * 2.0 / u_resolution;
  ndcOffset.y = -ndcOffset.y;

  gl_Position = vec4(nodeClip.xy + ndcOffset, 0.0, 1.0);

  v_uv = localPos;
  v_nodeCenter = vec2(0.0);
  v_nodeRadius = nodeRadiusPixels;
  v_labelCenter = labelOffset;
  v_labelHalfSize = labelHalfSize;
  v_aaWidth = 1.0;
  v_shapeId = shapeId;
  v_labelAngle = labelAngle;
  v_backdropColor = a_backdropColor;
  v_backdropShadowColor = a_backdropShadowColor;
  v_backdropShadowBlur = a_backdropShadowBlur;
  v_backdropPadding = a_backdropPadding;
  v_backdropBorderColor = a_backdropBorderColor;
  v_backdropBorderWidth = borderWidth;
  v_backdropCornerRadius = cornerRadius;
  v_backdropArea = backdropArea;
}
`);return l}function Md(a){var t=a.shapes,e=a.layers,n=a.shapeGlobalIds,r=Ra(t),i=_n(t).map(function(c){return"uniform ".concat(c.type," ").concat(c.name,";")}).join(`
`),o=function(f){return nr(f,"nodeUV","1.0")},s;if(t.length===1)s="float nodeSdfNormalized = ".concat(o(t[0]),";");else{var l=t.map(function(c,f){var g=n?n[f]:f;return"    case ".concat(g,": nodeSdfNormalized = ").concat(o(c),"; break;")}).join(`
`),u=o(t[0]);s=`float nodeSdfNormalized;
  int shapeId = int(v_shapeId);
  switch (shapeId) {
`.concat(l,`
    default: nodeSdfNormalized = `).concat(u,`;
  }`)}var d=`float effectiveRadius = max(enlargedRadius - cornerRadius, 0.01);
  float ca = u_cameraAngle * v_nodeRotation;
  float ca_c = cos(ca);
  float ca_s = sin(ca);
  vec2 rotatedScreenUV = mat2(ca_c, -ca_s, ca_s, ca_c) * screenUV;
  vec2 nodeUV = vec2(rotatedScreenUV.x, -rotatedScreenUV.y) / effectiveRadius;`,h=`#version 300 es
precision highp float;

in vec2 v_uv;
in vec2 v_nodeCenter;
in float v_nodeRadius;
in vec2 v_labelCenter;
in vec2 v_labelHalfSize;
in float v_aaWidth;
in float v_shapeId;
in float v_nodeRotation;
in float v_labelAngle;
in vec4 v_backdropColor;
in vec4 v_backdropShadowColor;
in float v_backdropShadowBlur;
in float v_backdropPadding;
in vec4 v_backdropBorderColor;
in float v_backdropBorderWidth;
in float v_backdropCornerRadius;
in float v_backdropArea;
`.concat(hs(t,e,"in"),`

uniform float u_cameraAngle;
`).concat(i,`

layout(location = 0) out vec4 fragColor;
layout(location = 1) out vec4 fragPicking;

`).concat(r,`
`).concat(yd,`
`).concat(bd,`
`).concat(xd,`
`).concat(_d,`

void main() {
  vec4 backdropColor = v_backdropColor;
  vec4 shadowColor = v_backdropShadowColor;
  float shadowBlur = v_backdropShadowBlur;
  float padding = v_backdropPadding;
  vec4 borderColor = v_backdropBorderColor;
  float borderWidth = v_backdropBorderWidth;
  float cornerRadius = v_backdropCornerRadius;

  float enlargedRadius = v_nodeRadius + padding;
  vec2 screenUV = v_uv - v_nodeCenter;
  `).concat(d,`

  // Query the correct shape SDF based on shapeId
  `).concat(s,`
  float nodeSdfPixels = nodeSdfNormalized * effectiveRadius - cornerRadius;

  // Label SDF with optional corner radius and rotation
  float labelSdfPixels;
  if (v_labelHalfSize.x > 0.0) {
    vec2 labelP = v_uv - v_labelCenter;
    labelSdfPixels = sdfRoundedRotatedBox(labelP, v_labelHalfSize, v_labelAngle, cornerRadius);
  } else {
    labelSdfPixels = 10000.0;
  }

  // Select area: 0=both, 1=node, 2=label
  float combinedSdf;
  if (v_backdropArea > 1.5) {
    combinedSdf = labelSdfPixels;
  } else if (v_backdropArea > 0.5) {
    combinedSdf = nodeSdfPixels;
  } else {
    combinedSdf = min(nodeSdfPixels, labelSdfPixels);
  }

  // Fill + border composite
  float outerEdge = smoothstep(v_aaWidth, -v_aaWidth, combinedSdf);
  vec4 background;
  if (borderWidth > 0.5) {
    float innerEdge = smoothstep(v_aaWidth, -v_aaWidth, combinedSdf + borderWidth);
    float fillAlpha = innerEdge * backdropColor.a;
    vec4 fill = vec4(backdropColor.rgb * fillAlpha, fillAlpha);
    float borderAlpha = (outerEdge - innerEdge) * borderColor.a;
    vec4 border = vec4(borderColor.rgb * borderAlpha, borderAlpha);
    background = fill + border * (1.0 - fill.a);
  } else {
    float fillAlpha = outerEdge * backdropColor.a;
    background = vec4(backdropColor.rgb * fillAlpha, fillAlpha);
  }

  // Gaussian-like shadow falloff (mimics canvas shadowBlur)
  vec4 shadow = vec4(0.0);
  float sigma = shadowBlur / 2.5;
  if (sigma > 0.001) {
    float shadowDist = max(0.0, combinedSdf);
    float shadowAlpha = exp(-(shadowDist * shadowDist) / (2.0 * sigma * sigma)) * shadowColor.a;
    shadow = vec4(shadowColor.rgb * shadowAlpha, shadowAlpha);
  }

  fragColor = background + shadow * (1.0 - background.a);
  fragPicking = vec4(0.0);
}
`);return h}function Bd(a){var t=["u_matrix","u_sizeRatio","u_correctionRatio","u_cameraAngle","u_resolution","u_pixelRatio","u_labelMargin","u_zoomLabelSizeRatio","u_labelPixelSnapping","u_nodeDataTexture","u_nodeDataTextureWidth","u_nodeFrameTexture","u_nodeFrameTextureWidth","u_layerAttributeTexture","u_layerAttributeTextureWidth","u_layerAttributeTexelsPerNode"],e=O(_n(a)),n;try{for(e.s();!(n=e.n()).done;){var r=n.value;t.includes(r.name)||t.push(r.name)}}catch(i){e.e(i)}finally{e.f()}return t}function Od(a){return{vertexShader:zd(a),fragmentShader:Md(a),uniforms:Bd(a.shapes)}}function $d(a,t,e,n){var r,i,o=n.label,s=o===void 0?{}:o,l=n.shapes,u=n.layers,d=n.getAttributeTexture,h=n.shapeGlobalIds;if(l.length===0)throw new Error("createBackdropProgram: at least one shape must be provided in 'shapes'");var c=(r=s.margin)!==null&&r!==void 0?r:5,f=(i=s.zoomToLabelSizeRatioFunction)!==null&&i!==void 0?i:function(){return 1},g={shapes:l,layers:u,shapeGlobalIds:h},p=Od(g),v=(function(m){function y(){var _;ne(this,y);for(var x=arguments.length,b=new Array(x),T=0;T<x;T++)b[T]=arguments[T];return _=me(this,y,[].concat(b)),I(_,"totalBackdropCount",0),I(_,"bufferCapacity",0),_}return ve(y,m),re(y,[{key:"getDefinition",value:function(){var x=WebGL2RenderingContext,b=x.FLOAT,T=x.TRIANGLE_STRIP;return{VERTICES:4,VERTEX_SHADER_SOURCE:p.vertexShader,FRAGMENT_SHADER_SOURCE:p.fragmentShader,METHOD:T,UNIFORMS:p.uniforms,ATTRIBUTES:[{name:"a_nodeIndex",size:1,type:b},{name:"a_labelWidth",size:1,type:b},{name:"a_labelHeight",size:1,type:b},{name:"a_textHeight",size:1,type:b},{name:"a_positionMode",size:1,type:b},{name:"a_labelAngle",size:1,type:b},{name:"a_backdropColor",size:4,type:b},{name:"a_backdropShadowColor",size:4,type:b},{name:"a_backdropShadowBlur",size:1,type:b},{name:"a_backdropPadding",size:1,type:b},{name:"a_backdropBorderColor",size:4,type:b},{name:"a_backdropExtra",size:4,type:b},{name:"a_labelBoxOffset",size:2,type:b}],CONSTANT_ATTRIBUTES:[{name:"a_quadCorner",size:2,type:b}],CONSTANT_DATA:[[-1,-1],[1,-1],[-1,1],[1,1]]}}},{key:"processBackdrop",value:function(x,b){var T=this.floats,S=this.STRIDE,w=x*S;T[w++]=b.nodeIndex,T[w++]=b.labelWidth,T[w++]=b.labelHeight,T[w++]=b.textHeight,T[w++]=cn[b.position],T[w++]=b.labelAngle,T[w++]=b.backdropColor[0],T[w++]=b.backdropColor[1],T[w++]=b.backdropColor[2],T[w++]=b.backdropColor[3],T[w++]=b.backdropShadowColor[0],T[w++]=b.backdropShadowColor[1],T[w++]=b.backdropShadowColor[2],T[w++]=b.backdropShadowColor[3],T[w++]=b.backdropShadowBlur,T[w++]=b.backdropPadding,T[w++]=b.backdropBorderColor[0],T[w++]=b.backdropBorderColor[1],T[w++]=b.backdropBorderColor[2],T[w++]=b.backdropBorderColor[3],T[w++]=b.backdropBorderWidth,T[w++]=b.backdropCornerRadius,T[w++]=b.backdropLabelPadding,T[w++]=b.backdropArea,T[w++]=b.labelBoxOffset[0],T[w++]=b.labelBoxOffset[1]}},{key:"setUniforms",value:function(x,b){var T=b.gl,S=b.uniformLocations;T.uniformMatrix3fv(S.u_matrix,!1,x.matrix),T.uniform1f(S.u_sizeRatio,x.sizeRatio),T.uniform1f(S.u_correctionRatio,x.correctionRatio),T.uniform1f(S.u_cameraAngle,x.cameraAngle),T.uniform2f(S.u_resolution,x.width*x.pixelRatio,x.height*x.pixelRatio),T.uniform1f(S.u_pixelRatio,x.pixelRatio),T.uniform1f(S.u_labelMargin,y.labelMargin),T.uniform1f(S.u_zoomLabelSizeRatio,1/f(x.zoomRatio)),T.uniform1f(S.u_labelPixelSnapping,x.labelPixelSnapping),T.uniform1i(S.u_nodeDataTexture,x.nodeDataTextureUnit),T.uniform1i(S.u_nodeDataTextureWidth,x.nodeDataTextureWidth),T.uniform1i(S.u_nodeFrameTexture,x.nodeFrameTextureUnit),T.uniform1i(S.u_nodeFrameTextureWidth,x.nodeFrameTextureWidth);var w=d();S.u_layerAttributeTexture&&w&&(w.bind(ht),T.uniform1i(S.u_layerAttributeTexture,ht),T.uniform1i(S.u_layerAttributeTextureWidth,w.getTextureWidth()),T.uniform1i(S.u_layerAttributeTexelsPerNode,w.getTexelsPerItem()));var k=O(_n(l)),A;try{for(k.s();!(A=k.n()).done;){var L=A.value;this.setTypedUniform(L,b)}}catch(C){k.e(C)}finally{k.f()}}},{key:"hasNothingToRender",value:function(){return this.totalBackdropCount===0}},{key:"drawWebGL",value:function(x,b){var T=b.gl;this.totalBackdropCount!==0&&(this.isInstanced?T.drawArraysInstanced(x,0,this.VERTICES,this.totalBackdropCount):T.drawArrays(x,0,this.totalBackdropCount*this.VERTICES))}},{key:"reallocate",value:function(x){this.totalBackdropCount=x,x>this.bufferCapacity&&(this.bufferCapacity=Math.max(x,Math.ceil(this.bufferCapacity*1.5)||10),pe(y,"reallocate",this)([this.bufferCapacity]))}}])})(Rt);return I(v,"labelMargin",c),new v(a,t,e)}var cs=(function(a){function t(){var e;ne(this,t);for(var n=arguments.length,r=new Array(n),i=0;i<n;i++)r[i]=arguments[i];return e=me(this,t,[].concat(r)),I(e,"totalCharacterCount",0),I(e,"bufferCapacity",0),e}return ve(t,a),re(t,[{key:"processLabel",value:function(n,r,i){if(i.hidden||!i.text)return 0;for(var o=i.text,s=o.length,l=0;l<s;l++){var u=o[l];this.processCharacter(r+l,i,u,l)}return s}},{key:"hasNothingToRender",value:function(){return this.totalCharacterCount===0}},{key:"drawWebGL",value:function(n,r){var i=r.gl;this.totalCharacterCount!==0&&(this.isInstanced?i.drawArraysInstanced(n,0,this.VERTICES,this.totalCharacterCount):i.drawArrays(n,0,this.totalCharacterCount*this.VERTICES))}},{key:"reallocate",value:function(n){this.totalCharacterCount=n,n>this.bufferCapacity&&(this.bufferCapacity=Math.max(n,Math.ceil(this.bufferCapacity*1.5)||1e3),pe(t,"reallocate",this)([this.bufferCapacity]))}}])})(Rt);function Wd(){var a=`#version 300 es

in float a_nodeIndex;
in vec4 a_id;
in vec4 a_color;
in float a_labelWidth;
in float a_labelHeight;
in float a_textHeight;
in float a_positionMode;
in float a_labelAngle;
in float a_padding;
in vec2 a_quadCorner;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_cameraAngle;
uniform vec2 u_resolution;
uniform float u_pixelRatio;
uniform float u_labelMargin;
uniform float u_zoomLabelSizeRatio;
uniform float u_labelPixelSnapping;
uniform float u_pickingPadding;
uniform sampler2D u_nodeDataTexture;
uniform int u_nodeDataTextureWidth;
uniform sampler2D u_nodeFrameTexture;
uniform int u_nodeFrameTextureWidth;

out vec4 v_id;
out vec4 v_color;

`.concat(ot,`
`).concat(kt,`
`).concat(Yt,`
`).concat(us,`

void main() {
  int nodeIdx = int(a_nodeIndex);

  // Node data: (x, y, size, shapeId).
  vec4 nodeData = readNodeData(u_nodeDataTexture, u_nodeDataTextureWidth, nodeIdx);
  vec2 nodePosition = nodeData.xy;
  float nodeSize = nodeData.z;

  // Shape-aware edge distance, read once from the shared frame texture.
  float edgeDist = readFrameTexel(u_nodeFrameTexture, u_nodeFrameTextureWidth, nodeIdx).r;

  // Per-node label rotation alignment: 0 = viewport, 1 = label turns with camera.
  float labelRotation = readNodeFlags(u_nodeDataTexture, u_nodeDataTextureWidth, nodeIdx).g;

  `).concat(ss,`

  float zoomScale = u_zoomLabelSizeRatio;
  float labelW = a_labelWidth * zoomScale * u_pixelRatio;
  float labelH = a_labelHeight * zoomScale * u_pixelRatio;
  float labelMargin = u_labelMargin * zoomScale * u_pixelRatio;
#ifdef PICKING_MODE
  float padding = u_pickingPadding * u_pixelRatio;
#else
  float padding = a_padding * u_pixelRatio;
#endif

  if (labelW <= 0.0) {
    gl_Position = vec4(2.0, 0.0, 0.0, 1.0);
    v_id = vec4(0.0);
    v_color = vec4(0.0);
    return;
  }

  vec2 labelHalfSize = vec2(labelW * 0.5 + padding, labelH * 0.5 + padding);
  vec2 labelOffset = vec2(0.0);

  // Graph-aligned labels add the camera angle so the rect orbits with the text.
  float labelAngle = a_labelAngle - labelRotation * u_cameraAngle;
  float la_c = cos(labelAngle);
  float la_s = sin(labelAngle);
  mat2 labelRotMat = mat2(la_c, -la_s, la_s, la_c);

  vec3 nodeClip = u_matrix * vec3(nodePosition, 1.0);
  vec2 nodeScreen = vec2(
    (nodeClip.x + 1.0) * u_resolution.x,
    (1.0 - nodeClip.y) * u_resolution.y
  ) * 0.5;
  vec2 snapDelta = (round(nodeScreen) - nodeScreen) * u_labelPixelSnapping;

  if (a_positionMode < 4.0) {
    float labelStart = nodeRadiusPixels * edgeDist + labelMargin;
    float textHalf = a_textHeight * zoomScale * u_pixelRatio * 0.5;
    // Box center uses the text half-size; the padding expands the quad below.
    labelOffset = labelRotMat * labelBoxCenter(a_positionMode, labelStart, vec2(labelW * 0.5, labelH * 0.5), textHalf);
  }

  // Rotate the rect with the label so it stays aligned with the (rotated) text.
  vec2 localPos = labelOffset + labelRotMat * (a_quadCorner * labelHalfSize);
  vec2 ndcOffset = (localPos + snapDelta) * 2.0 / u_resolution;
  ndcOffset.y = -ndcOffset.y;

  gl_Position = vec4(nodeClip.xy + ndcOffset, 0.0, 1.0);
  v_id = a_id;
  v_color = a_color;
}
`);return a}var Ud=`#version 300 es
precision highp float;

in vec4 v_id;
in vec4 v_color;

out vec4 fragColor;

void main() {
  #ifdef PICKING_MODE
    fragColor = v_id;
  #else
    if (v_color.a <= 0.0) discard;
    // v_color is non-premultiplied RGBA (0-1); convert to premultiplied for blending
    fragColor = vec4(v_color.rgb * v_color.a, v_color.a);
  #endif
}
`;function Hd(a,t,e,n){var r,i,o=n.label,s=o===void 0?{}:o,l=(r=s.margin)!==null&&r!==void 0?r:bn,u=(i=s.zoomToLabelSizeRatioFunction)!==null&&i!==void 0?i:function(){return 1},d=Wd(),h=(function(c){function f(){var g;ne(this,f);for(var p=arguments.length,v=new Array(p),m=0;m<p;m++)v[m]=arguments[m];return g=me(this,f,[].concat(v)),I(g,"totalCount",0),I(g,"bufferCapacity",0),g}return ve(f,c),re(f,[{key:"getDefinition",value:function(){var p=WebGL2RenderingContext,v=p.FLOAT,m=p.UNSIGNED_BYTE,y=p.TRIANGLE_STRIP;return{VERTICES:4,VERTEX_SHADER_SOURCE:d,FRAGMENT_SHADER_SOURCE:Ud,METHOD:y,UNIFORMS:["u_matrix","u_sizeRatio","u_correctionRatio","u_cameraAngle","u_resolution","u_pixelRatio","u_labelMargin","u_zoomLabelSizeRatio","u_labelPixelSnapping","u_pickingPadding","u_nodeDataTexture","u_nodeDataTextureWidth","u_nodeFrameTexture","u_nodeFrameTextureWidth"],ATTRIBUTES:[{name:"a_nodeIndex",size:1,type:v},{name:"a_id",size:4,type:m,normalized:!0},{name:"a_color",size:4,type:m,normalized:!0},{name:"a_labelWidth",size:1,type:v},{name:"a_labelHeight",size:1,type:v},{name:"a_textHeight",size:1,type:v},{name:"a_positionMode",size:1,type:v},{name:"a_labelAngle",size:1,type:v},{name:"a_padding",size:1,type:v}],CONSTANT_ATTRIBUTES:[{name:"a_quadCorner",size:2,type:v}],CONSTANT_DATA:[[-1,-1],[1,-1],[-1,1],[1,1]]}}},{key:"processLabelBackground",value:function(p,v){var m=this.floats,y=this.ints,_=p*this.STRIDE;m[_++]=v.nodeIndex,y[_++]=v.id,m[_++]=v.color,m[_++]=v.labelWidth,m[_++]=v.labelHeight,m[_++]=v.textHeight,m[_++]=v.positionMode,m[_++]=v.labelAngle,m[_++]=v.padding}},{key:"setUniforms",value:function(p,v){var m=v.gl,y=v.uniformLocations;m.uniformMatrix3fv(y.u_matrix,!1,p.matrix),m.uniform1f(y.u_sizeRatio,p.sizeRatio),m.uniform1f(y.u_correctionRatio,p.correctionRatio),m.uniform1f(y.u_cameraAngle,p.cameraAngle),m.uniform2f(y.u_resolution,p.width*p.pixelRatio,p.height*p.pixelRatio),m.uniform1f(y.u_pixelRatio,p.pixelRatio),m.uniform1f(y.u_labelMargin,f.labelMargin),m.uniform1f(y.u_zoomLabelSizeRatio,1/u(p.zoomRatio)),m.uniform1f(y.u_labelPixelSnapping,p.labelPixelSnapping),m.uniform1f(y.u_pickingPadding,p.labelPickingPadding),m.uniform1i(y.u_nodeDataTexture,p.nodeDataTextureUnit),m.uniform1i(y.u_nodeDataTextureWidth,p.nodeDataTextureWidth),m.uniform1i(y.u_nodeFrameTexture,p.nodeFrameTextureUnit),m.uniform1i(y.u_nodeFrameTextureWidth,p.nodeFrameTextureWidth)}},{key:"hasNothingToRender",value:function(){return this.totalCount===0}},{key:"drawWebGL",value:function(p,v){var m=v.gl;this.totalCount!==0&&m.drawArraysInstanced(m.TRIANGLE_STRIP,0,this.VERTICES,this.totalCount)}},{key:"reallocate",value:function(p){this.totalCount=p,p>this.bufferCapacity&&(this.bufferCapacity=Math.max(p,Math.ceil(this.bufferCapacity*1.5)||10),pe(f,"reallocate",this)([this.bufferCapacity]))}}])})(Rt);return I(h,"labelMargin",l),new h(a,t,e)}var Qe={fontSize:64,buffer:8,radius:24,cutoff:.25,maxTextureSize:2048,debounceTimeout:100},nn=2,fn=1e20;function qd(a,t,e,n,r){var i=a+r*4,o=document.createElement("canvas");o.width=i,o.height=i;var s=o.getContext("2d",{willReadFrequently:!0});return s.font="".concat(n," ").concat(e," ").concat(a,"px ").concat(t),s.textBaseline="alphabetic",s.textAlign="left",s.fillStyle="black",{ctx:s,canvasSize:i,gridOuter:new Float64Array(i*i),gridInner:new Float64Array(i*i),f:new Float64Array(i),z:new Float64Array(i+1),v:new Uint16Array(i)}}function Vd(a,t,e,n,r){var i=a.ctx,o=a.canvasSize,s=i.measureText(t),l=s.width,u=s.actualBoundingBoxAscent,d=s.actualBoundingBoxDescent,h=s.actualBoundingBoxLeft,c=s.actualBoundingBoxRight,f=Math.ceil(u),g=Math.ceil(h),p=Math.max(0,Math.min(o-e,Math.ceil(h)+Math.ceil(c))),v=Math.min(o-e,f+Math.ceil(d)),m=p+2*e,y=v+2*e,_=Math.max(m*y,0),x=new Uint8ClampedArray(_),b={data:x,width:m,height:y,glyphWidth:p,glyphHeight:v,glyphTop:f,glyphLeft:g,glyphAdvance:l};if(p===0||v===0)return b;var T=a.gridInner,S=a.gridOuter;i.clearRect(e,e,p,v),i.fillText(t,e+g,e+f);var w=i.getImageData(e,e,p,v);S.fill(fn,0,_),T.fill(0,0,_);for(var k=0;k<v;k++)for(var A=0;A<p;A++){var L=w.data[4*(k*p+A)+3]/255;if(L!==0){var C=(k+e)*m+A+e;if(L===1)S[C]=0,T[C]=fn;else{var E=.5-L;S[C]=E>0?E*E:0,T[C]=E<0?E*E:0}}}ui(S,0,0,m,y,m,a.f,a.v,a.z),ui(T,e,e,p,v,m,a.f,a.v,a.z);for(var G=0;G<_;G++){var z=Math.sqrt(S[G])-Math.sqrt(T[G]);x[G]=Math.round(255-255*(z/n+r))}return b}function ui(a,t,e,n,r,i,o,s,l){for(var u=t;u<t+n;u++)di(a,e*i+u,i,r,o,s,l);for(var d=e;d<e+r;d++)di(a,d*i+t,1,n,o,s,l)}function di(a,t,e,n,r,i,o){i[0]=0,o[0]=-fn,o[1]=fn,r[0]=a[t];for(var s=1,l=0,u=0;s<n;s++){r[s]=a[t+s*e];var d=s*s;do{var h=i[l];u=(r[s]-r[h]+d-h*h)/(s-h)/2}while(u<=o[l]&&--l>-1);l++,i[l]=s,o[l]=u,o[l+1]=fn}for(var c=0,f=0;c<n;c++){for(;o[f+1]<c;)f++;var g=i[f],p=c-g;a[t+c*e]=r[g]+p*p}}var Ht=(function(a){function t(){var e,n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{};return ne(this,t),e=me(this,t),I(e,"fonts",new Map),I(e,"textures",[]),I(e,"cursor",{x:0,y:0,rowHeight:0,atlasIndex:0}),I(e,"pendingGlyphs",[]),I(e,"debounceTimer",null),e.options=H(H({},Qe),n),e.canvas=document.createElement("canvas"),e.canvas.width=e.options.maxTextureSize,e.canvas.height=e.options.maxTextureSize,e.ctx=e.canvas.getContext("2d",{willReadFrequently:!0}),e.measureCanvas=document.createElement("canvas"),e.measureCtx=e.measureCanvas.getContext("2d"),e.textures.push(e.ctx.getImageData(0,0,1,1)),e}return ve(t,a),re(t,[{key:"getFontKey",value:function(n){return"".concat(n.family,"-").concat(n.weight,"-").concat(n.style)}},{key:"registerFont",value:function(n){var r=this.getFontKey(n);if(this.fonts.has(r))return r;var i=qd(this.options.fontSize,n.family,n.weight,n.style,this.options.buffer);return this.fonts.set(r,{descriptor:n,generator:i,glyphs:new Map}),r}},{key:"ensureGlyphs",value:function(n,r){var i=this.fonts.get(r);if(!i)throw new Error('Font "'.concat(r,'" is not registered. Call registerFont() first.'));var o=!1,s=O(n),l;try{for(s.s();!(l=s.n()).done;){var u=l.value,d=u.codePointAt(0);d!==void 0&&(i.glyphs.has(d)||(this.pendingGlyphs.push({fontKey:r,charCode:d}),o=!0))}}catch(h){s.e(h)}finally{s.f()}o&&this.scheduleTextureGeneration()}},{key:"measureText",value:function(n,r){var i=this.fonts.get(r);if(!i)throw new Error('Font "'.concat(r,'" is not registered.'));var o=i.descriptor,s=o.family,l=o.weight,u=o.style;return this.measureCtx.font="".concat(u," ").concat(l," ").concat(this.options.fontSize,"px ").concat(s),this.measureCtx.measureText(n).width}},{key:"getGlyph",value:function(n,r){var i=this.fonts.get(r);if(i)return i.glyphs.get(n)}},{key:"getTextures",value:function(){return this.textures}},{key:"getFontCount",value:function(){return this.fonts.size}},{key:"getGlyphCount",value:function(){var n=0,r=O(this.fonts.values()),i;try{for(r.s();!(i=r.n()).done;){var o=i.value;n+=o.glyphs.size}}catch(s){r.e(s)}finally{r.f()}return n}},{key:"hasPendingGlyphs",value:function(){return this.pendingGlyphs.length>0}},{key:"flush",value:function(){this.debounceTimer&&(clearTimeout(this.debounceTimer),this.debounceTimer=null),this.generateTextures()}},{key:"destroy",value:function(){this.debounceTimer&&clearTimeout(this.debounceTimer),this.fonts.clear(),this.textures=[],this.pendingGlyphs=[],this.removeAllListeners()}},{key:"scheduleTextureGeneration",value:function(){var n=this;this.debounceTimer===null&&(this.options.debounceTimeout===null?this.generateTextures():this.debounceTimer=setTimeout(function(){n.debounceTimer=null,n.generateTextures()},this.options.debounceTimeout))}},{key:"generateTextures",value:function(){if(this.pendingGlyphs.length!==0){var n=this.options,r=n.maxTextureSize,i=n.buffer,o=n.radius,s=n.cutoff,l=O(this.pendingGlyphs),u;try{for(l.s();!(u=l.n()).done;){var d=u.value,h=d.fontKey,c=d.charCode,f=this.fonts.get(h);if(!(!f||f.glyphs.has(c))){var g=String.fromCodePoint(c),p=Vd(f.generator,g,i,o,s),v=p.width,m=p.height;this.cursor.x+v+nn>r&&(this.cursor.x=0,this.cursor.y+=this.cursor.rowHeight+nn,this.cursor.rowHeight=0),this.cursor.y+m+nn>r&&(this.finalizeCurrentTexture(),this.cursor={x:0,y:0,rowHeight:0,atlasIndex:this.cursor.atlasIndex+1},this.ctx.clearRect(0,0,r,r));for(var y=p.data,_=new Uint8ClampedArray(v*m*4),x=0;x<y.length;x++){var b=x*4;_[b]=255,_[b+1]=255,_[b+2]=255,_[b+3]=y[x]}var T=new ImageData(_,v,m);this.ctx.putImageData(T,this.cursor.x,this.cursor.y);var S={charCode:c,width:p.glyphWidth,height:p.glyphHeight,bearingX:-p.glyphLeft-i,bearingY:p.glyphTop+i,advance:p.glyphAdvance,atlasX:this.cursor.x,atlasY:this.cursor.y,atlasWidth:v,atlasHeight:m,atlasIndex:this.cursor.atlasIndex};f.glyphs.set(c,S),this.cursor.x+=v+nn,this.cursor.rowHeight=Math.max(this.cursor.rowHeight,m)}}}catch(w){l.e(w)}finally{l.f()}this.finalizeCurrentTexture(),this.pendingGlyphs=[],this.emit(t.ATLAS_UPDATED_EVENT,{textures:this.textures,glyphCount:this.getGlyphCount()})}}},{key:"finalizeCurrentTexture",value:function(){var n=this.options.maxTextureSize,r=this.cursor.y>0||this.cursor.rowHeight>0,i=Math.min(n,Math.max(this.cursor.x,r?n:1)),o=Math.min(n,this.cursor.y+this.cursor.rowHeight+nn),s=this.ctx.getImageData(0,0,i,o);this.cursor.atlasIndex>=this.textures.length?this.textures.push(s):this.textures[this.cursor.atlasIndex]=s}}])})(ca.EventEmitter);I(Ht,"ATLAS_UPDATED_EVENT","atlasUpdated");var jd=Qe.fontSize;function Kd(){var a=`  // -------------------------------------------------------------------------
  // Step 3: Calculate position offset from the shared edge distance
  // -------------------------------------------------------------------------
  vec2 positionOffset = vec2(0.0);

  if (a_positionMode < 4.0) {
    vec2 screenDir = getLabelDirection(a_positionMode);
    float boundaryDistPixels = nodeRadiusPixels * edgeDist;
    positionOffset = screenDir * (boundaryDistPixels + margin);
  }`,t=`#version 300 es

// ============================================================================
// Attributes
// ============================================================================

// Per-character (instanced)
in float a_nodeIndex;        // Index into node data texture
in vec2 a_charOffset;        // Character offset from label origin (pixels)
in vec2 a_charSize;          // Character dimensions (pixels)
in vec4 a_texCoords;         // Atlas coords: (x, y, width, height) in pixels
in vec4 a_color;             // Text color (RGBA)
in float a_margin;           // Gap between node edge and label (pixels)
in float a_positionMode;     // Position: 0=right, 1=left, 2=above, 3=below, 4=over
in float a_labelWidth;       // Total label width (pixels)
in float a_labelHeight;      // Label height (pixels)
in float a_verticalCenter;   // Vertical center offset from baseline (pixels)
in float a_textHeight;       // Actual text height: maxAscent + maxDescent (pixels)
in float a_labelAngle;       // Label rotation angle (radians)

// Per-vertex (constant quad corners)
in vec2 a_quadCorner;        // Quad corner: [-1,-1], [1,-1], [-1,1], [1,1]

// ============================================================================
// Uniforms
// ============================================================================

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_cameraAngle;
uniform vec2 u_resolution;
uniform vec2 u_atlasSize;
uniform sampler2D u_nodeDataTexture;
uniform int u_nodeDataTextureWidth;
uniform sampler2D u_nodeFrameTexture;
uniform int u_nodeFrameTextureWidth;
uniform float u_zoomLabelSizeRatio;
uniform float u_labelPixelSnapping;
uniform float u_pixelRatio;

// ============================================================================
// Varyings
// ============================================================================

out vec2 v_texCoord;
out vec4 v_color;
out float v_fontScale;

// ============================================================================
// Constants
// ============================================================================

const float bias = 255.0 / 254.0;
const float ATLAS_FONT_SIZE = `.concat(fe(jd),`;

// ============================================================================
// Helper Functions
// ============================================================================

`).concat(ot,`
`).concat(kt,`
`).concat(Yt,`
`).concat(ls,`

// ============================================================================
// Main
// ============================================================================

void main() {
  // -------------------------------------------------------------------------
  // Step 0: Fetch node data + shared edge distance from textures
  // -------------------------------------------------------------------------
  // Node-data texture format: vec4(x, y, size, shapeId)
  // 2D texture layout: texCoord = (index % width, index / width)
  int nodeIdx = int(a_nodeIndex);
  vec4 nodeData = readNodeData(u_nodeDataTexture, u_nodeDataTextureWidth, nodeIdx);
  vec2 a_anchorPosition = nodeData.xy;
  float a_nodeSize = nodeData.z;

  // Normalized edge distance from the shared frame texture (the frame-pass ran
  // the SDF search once; the label just reads the result).
  float edgeDist = readFrameTexel(u_nodeFrameTexture, u_nodeFrameTextureWidth, nodeIdx).r;

  // Per-node label rotation alignment: 0 = viewport, 1 = label turns with camera.
  float labelRotation = readNodeFlags(u_nodeDataTexture, u_nodeDataTextureWidth, nodeIdx).g;

  // Apply zoom-dependent label size scaling
  // Positional values are in CSS pixels; multiply by u_pixelRatio to convert to
  // physical pixels, which is what the NDC conversion (/ u_resolution) expects.
  float zoomScale = u_zoomLabelSizeRatio;
  float margin = a_margin * zoomScale * u_pixelRatio;
  vec2 charOffset = a_charOffset * zoomScale * u_pixelRatio;
  vec2 charSize = a_charSize * zoomScale * u_pixelRatio;
  float labelWidth = a_labelWidth * zoomScale * u_pixelRatio;
  float labelHeight = a_labelHeight * zoomScale;

  // Font scale: ratio of CSS label size to the base atlas font size.
  // Divided by u_pixelRatio because the atlas is generated at ATLAS_FONT_SIZE * pixelRatio,
  // which cancels out the u_pixelRatio in the fragment shader's gamma formula and keeps
  // the anti-aliasing band width consistent across pixel densities.
  v_fontScale = a_labelHeight * zoomScale / (ATLAS_FONT_SIZE * u_pixelRatio);

  // -------------------------------------------------------------------------
  // Step 1: Transform node position to clip space
  // -------------------------------------------------------------------------
  vec3 anchorClip = u_matrix * vec3(a_anchorPosition, 1.0);

  // -------------------------------------------------------------------------
  // Step 2: Convert node size to screen pixels
  // -------------------------------------------------------------------------
  float matrixScaleX = length(vec2(u_matrix[0][0], u_matrix[1][0]));
  float nodeRadiusGraphSpace = a_nodeSize * u_correctionRatio / u_sizeRatio * 2.0;
  float nodeRadiusNDC = nodeRadiusGraphSpace * matrixScaleX;
  float nodeRadiusPixels = nodeRadiusNDC * u_resolution.x / 2.0;

`).concat(a,`

  // -------------------------------------------------------------------------
  // Step 4: Calculate final vertex position
  // -------------------------------------------------------------------------
  vec2 cornerOffset = (a_quadCorner + 1.0) * 0.5;
  vec2 charPixelPos = positionOffset + charOffset + cornerOffset * charSize;

  // Apply text alignment based on position mode
  float verticalCenter = a_verticalCenter * zoomScale * u_pixelRatio;
  float textHeight = a_textHeight * zoomScale * u_pixelRatio;
  float baselineToDescent = textHeight / 2.0 - verticalCenter;
  float baselineToAscent = textHeight / 2.0 + verticalCenter;

  if (a_positionMode < 0.5) {
    // Right: vertically center
    charPixelPos.y += verticalCenter;
  } else if (a_positionMode < 1.5) {
    // Left: right-align and vertically center
    charPixelPos.x -= labelWidth;
    charPixelPos.y += verticalCenter;
  } else if (a_positionMode < 2.5) {
    // Above: center horizontally, bottom of text at anchor
    charPixelPos.x -= labelWidth * 0.5;
    charPixelPos.y -= baselineToDescent;
  } else if (a_positionMode < 3.5) {
    // Below: center horizontally, top of text at anchor
    charPixelPos.x -= labelWidth * 0.5;
    charPixelPos.y += baselineToAscent;
  } else {
    // Over: center both
    charPixelPos.x -= labelWidth * 0.5;
    charPixelPos.y += verticalCenter;
  }

  // Apply label angle rotation. Graph-aligned labels add the camera angle so the
  // whole label orbits the node in lockstep with the frame-pass edge distance.
  float labelAngle = a_labelAngle - labelRotation * u_cameraAngle;
  float la_c = cos(labelAngle);
  float la_s = sin(labelAngle);
  mat2 labelRotMat = mat2(la_c, -la_s, la_s, la_c);
  charPixelPos = labelRotMat * charPixelPos;

  // Snap node center to pixel grid so label/backdrop/attachment move as a unit
  vec2 nodeScreen = vec2(
    (anchorClip.x + 1.0) * u_resolution.x,
    (1.0 - anchorClip.y) * u_resolution.y
  ) * 0.5;
  charPixelPos += (round(nodeScreen) - nodeScreen) * u_labelPixelSnapping;

  // Convert to NDC (flip Y: screen Y-down -> clip Y-up)
  vec2 ndcOffset = vec2(charPixelPos.x, -charPixelPos.y) * 2.0 / u_resolution;
  gl_Position = vec4(anchorClip.xy + ndcOffset, 0.0, 1.0);

  // -------------------------------------------------------------------------
  // Step 5: Texture coordinates
  // -------------------------------------------------------------------------
  v_texCoord = (a_texCoords.xy + cornerOffset * a_texCoords.zw) / u_atlasSize;

  // -------------------------------------------------------------------------
  // Step 6: Pass color
  // -------------------------------------------------------------------------
  v_color = a_color;
  v_color.a *= bias;
}
`);return t}function Xd(){var a=`#version 300 es
precision highp float;

in vec2 v_texCoord;
in vec4 v_color;
in float v_fontScale;

uniform sampler2D u_atlas;
uniform float u_gamma;
uniform float u_sdfBuffer;
uniform float u_pixelRatio;

// Fragment output (single target - picking handled via separate pass)
out vec4 fragColor;

void main() {
  #ifdef PICKING_MODE
    // Labels are not pickable - discard all fragments in picking mode
    fragColor = vec4(0.0);
    discard;
  #else
    // Sample SDF value from atlas (high = inside glyph, low = outside)
    float sdfValue = texture(u_atlas, v_texCoord).a;

    // Edge threshold: 1.0 - cutoff = 0.75 for default cutoff=0.25
    // This is where the glyph edge is located in the SDF
    float edgeThreshold = 1.0 - u_sdfBuffer;

    // Gamma controls the anti-aliasing band width.
    // Scale inversely with font scale so small labels get a wider AA band
    // (smoother) and large labels get a tighter band (sharper).
    float gamma = u_gamma / (u_pixelRatio * v_fontScale);

    // Pure gamma-based anti-aliasing using smoothstep
    // The AA band extends from (threshold - gamma) to (threshold + gamma)
    float alpha = smoothstep(edgeThreshold - gamma, edgeThreshold + gamma, sdfValue);

    // Premultiplied alpha output for correct blending
    float finalAlpha = v_color.a * alpha;
    fragColor = vec4(v_color.rgb * finalAlpha, finalAlpha);
  #endif
}
`;return a}function Yd(){return["u_matrix","u_sizeRatio","u_correctionRatio","u_cameraAngle","u_resolution","u_atlasSize","u_atlas","u_gamma","u_sdfBuffer","u_pixelRatio","u_nodeDataTexture","u_nodeDataTextureWidth","u_nodeFrameTexture","u_nodeFrameTextureWidth","u_zoomLabelSizeRatio","u_labelPixelSnapping"]}function Zd(){return{vertexShader:Kd(),fragmentShader:Xd(),uniforms:Yd()}}function Qd(a,t,e,n){var r,i,o=n.label,s=o===void 0?{}:o,l=(r=s.margin)!==null&&r!==void 0?r:bn,u=(i=s.zoomToLabelSizeRatioFunction)!==null&&i!==void 0?i:function(){return 1},d=Zd(),h=(function(c){function f(g,p,v){var m,y,_,x;if(ne(this,f),x=me(this,f,[g,p,v]),I(x,"atlasTexture",null),I(x,"atlasNeedsUpdate",!1),I(x,"labelGlyphCache",new Map),x.atlasFontSize=Qe.fontSize*na(),x.atlasManager=new Ht({fontSize:x.atlasFontSize}),x.gamma=.025,x.sdfBuffer=Qe.cutoff,x.atlasTexture=g.createTexture(),!x.atlasTexture)throw new Error("NodeLabelProgram: failed to create atlas texture");g.bindTexture(g.TEXTURE_2D,x.atlasTexture),g.texParameteri(g.TEXTURE_2D,g.TEXTURE_WRAP_S,g.CLAMP_TO_EDGE),g.texParameteri(g.TEXTURE_2D,g.TEXTURE_WRAP_T,g.CLAMP_TO_EDGE),g.texParameteri(g.TEXTURE_2D,g.TEXTURE_MIN_FILTER,g.LINEAR),g.texParameteri(g.TEXTURE_2D,g.TEXTURE_MAG_FILTER,g.LINEAR),g.bindTexture(g.TEXTURE_2D,null),x.atlasManager.on(Ht.ATLAS_UPDATED_EVENT,function(){x.atlasNeedsUpdate=!0});var b={family:((m=s.font)===null||m===void 0?void 0:m.family)||"sans-serif",weight:((y=s.font)===null||y===void 0?void 0:y.weight)||"normal",style:((_=s.font)===null||_===void 0?void 0:_.style)||"normal"};return x.defaultFontKey=x.atlasManager.registerFont(b),x}return ve(f,c),re(f,[{key:"getDefinition",value:function(){var p=WebGL2RenderingContext,v=p.FLOAT,m=p.UNSIGNED_BYTE,y=p.TRIANGLE_STRIP;return{VERTICES:4,VERTEX_SHADER_SOURCE:d.vertexShader,FRAGMENT_SHADER_SOURCE:d.fragmentShader,METHOD:y,UNIFORMS:d.uniforms,ATTRIBUTES:[{name:"a_nodeIndex",size:1,type:v},{name:"a_charOffset",size:2,type:v},{name:"a_charSize",size:2,type:v},{name:"a_texCoords",size:4,type:v},{name:"a_color",size:4,type:m,normalized:!0},{name:"a_margin",size:1,type:v},{name:"a_positionMode",size:1,type:v},{name:"a_labelWidth",size:1,type:v},{name:"a_labelHeight",size:1,type:v},{name:"a_verticalCenter",size:1,type:v},{name:"a_textHeight",size:1,type:v},{name:"a_labelAngle",size:1,type:v}],CONSTANT_ATTRIBUTES:[{name:"a_quadCorner",size:2,type:v}],CONSTANT_DATA:[[-1,-1],[1,-1],[-1,1],[1,1]]}}},{key:"prepareLabelGlyphs",value:function(p,v){if(v.hidden||!v.text){this.labelGlyphCache.delete(p);return}var m=v.text,y=v.fontKey||this.defaultFontKey;this.atlasManager.ensureGlyphs(m,y);var _=[],x=[],b=0,T=0,S=0,w=O(m),k;try{for(w.s();!(k=w.n()).done;){var A=k.value,L=A.codePointAt(0);if(L===void 0){_.push(void 0),x.push(b);continue}var C=this.atlasManager.getGlyph(L,y);_.push(C),x.push(b),C&&(b+=C.advance,T=Math.max(T,C.bearingY),S=Math.max(S,C.atlasHeight-C.bearingY))}}catch(E){w.e(E)}finally{w.f()}this.labelGlyphCache.set(p,{glyphs:_,xOffsets:x,totalWidth:b,totalHeight:T+S,verticalCenterOffset:(T-S)/2})}},{key:"processCharacter",value:function(p,v,m,y){var _=this.floats,x=this.STRIDE,b=p*x,T=this.labelGlyphCache.get(v.parentKey);if(!T||!T.glyphs[y]){for(var S=0;S<x;S++)_[b+S]=0;return}var w=T.glyphs[y],k=T.xOffsets[y],A=v.size/this.atlasFontSize,L=Ze(v.color),C=b;_[C++]=v.nodeIndex,_[C++]=(k+w.bearingX)*A,_[C++]=-w.bearingY*A,_[C++]=w.atlasWidth*A,_[C++]=w.atlasHeight*A,_[C++]=w.atlasX,_[C++]=w.atlasY,_[C++]=w.atlasWidth,_[C++]=w.atlasHeight,_[C++]=L,_[C++]=v.margin,_[C++]=cn[v.position],_[C++]=T.totalWidth*A,_[C++]=v.size,_[C++]=T.verticalCenterOffset*A,_[C++]=T.totalHeight*A,_[C++]=v.labelAngle}},{key:"processLabel",value:function(p,v,m){return this.prepareLabelGlyphs(p,m),pe(f,"processLabel",this)([p,v,m])}},{key:"updateAtlasTexture",value:function(){if(this.atlasNeedsUpdate){var p=this.normalProgram.gl,v=this.atlasManager.getTextures();if(v.length!==0){var m=v[0];p.bindTexture(p.TEXTURE_2D,this.atlasTexture),p.texImage2D(p.TEXTURE_2D,0,p.RGBA,m.width,m.height,0,p.RGBA,p.UNSIGNED_BYTE,m.data),p.bindTexture(p.TEXTURE_2D,null),this.atlasNeedsUpdate=!1}}}},{key:"setUniforms",value:function(p,v){var m=v.gl,y=v.uniformLocations;m.uniformMatrix3fv(y.u_matrix,!1,p.matrix),m.uniform1f(y.u_sizeRatio,p.sizeRatio),m.uniform1f(y.u_correctionRatio,p.correctionRatio),m.uniform1f(y.u_cameraAngle,p.cameraAngle),m.uniform2f(y.u_resolution,p.width*p.pixelRatio,p.height*p.pixelRatio);var _=this.atlasManager.getTextures();_.length>0?m.uniform2f(y.u_atlasSize,_[0].width,_[0].height):m.uniform2f(y.u_atlasSize,1,1),m.activeTexture(m.TEXTURE0),m.bindTexture(m.TEXTURE_2D,this.atlasTexture),m.uniform1i(y.u_atlas,0),y.u_nodeDataTexture!==void 0&&m.uniform1i(y.u_nodeDataTexture,p.nodeDataTextureUnit),y.u_nodeDataTextureWidth!==void 0&&m.uniform1i(y.u_nodeDataTextureWidth,p.nodeDataTextureWidth),m.uniform1i(y.u_nodeFrameTexture,p.nodeFrameTextureUnit),m.uniform1i(y.u_nodeFrameTextureWidth,p.nodeFrameTextureWidth),m.uniform1f(y.u_gamma,this.gamma),m.uniform1f(y.u_sdfBuffer,this.sdfBuffer),m.uniform1f(y.u_pixelRatio,p.pixelRatio),m.uniform1f(y.u_zoomLabelSizeRatio,1/f.zoomToLabelSizeRatioFunction(p.zoomRatio)),m.uniform1f(y.u_labelPixelSnapping,p.labelPixelSnapping)}},{key:"renderProgram",value:function(p,v){this.updateAtlasTexture(),this.atlasManager.hasPendingGlyphs()&&(this.atlasManager.flush(),this.updateAtlasTexture()),pe(f,"renderProgram",this)([p,v])}},{key:"registerFont",value:function(p){var v=arguments.length>1&&arguments[1]!==void 0?arguments[1]:"normal",m=arguments.length>2&&arguments[2]!==void 0?arguments[2]:"normal";return this.atlasManager.registerFont({family:p,weight:v,style:m})}},{key:"getAtlasManager",value:function(){return this.atlasManager}},{key:"measureLabel",value:function(p,v,m){var y=m||this.defaultFontKey;this.atlasManager.ensureGlyphs(p,y),this.atlasManager.hasPendingGlyphs()&&this.atlasManager.flush();var _=0,x=0,b=0,T=O(p),S;try{for(T.s();!(S=T.n()).done;){var w=S.value,k=w.codePointAt(0);if(k!==void 0){var A=this.atlasManager.getGlyph(k,y);A&&(_+=A.advance,x=Math.max(x,A.bearingY),b=Math.max(b,A.atlasHeight-A.bearingY))}}}catch(C){T.e(C)}finally{T.f()}var L=v/this.atlasFontSize;return{width:_*L,height:v,textHeight:(x+b)*L}}},{key:"ensureGlyphsReady",value:function(p,v){var m=v||this.defaultFontKey,y=O(p),_;try{for(y.s();!(_=y.n()).done;){var x=_.value;this.atlasManager.ensureGlyphs(x,m)}}catch(b){y.e(b)}finally{y.f()}this.atlasManager.flush()}},{key:"kill",value:function(){var p=this.normalProgram.gl;this.atlasTexture&&(p.deleteTexture(this.atlasTexture),this.atlasTexture=null),this.atlasManager.destroy(),this.labelGlyphCache.clear(),pe(f,"kill",this)([])}}])})(cs);return I(h,"labelMargin",l),I(h,"zoomToLabelSizeRatioFunction",u),new h(a,t,e)}var Jd=`#version 300 es
precision highp float;

in float v_edgeDist;

// R32F target: only the .r channel is stored.
out vec4 fragColor;

void main() {
  fragColor = vec4(v_edgeDist, 0.0, 0.0, 0.0);
}
`;function eh(a,t,e){var n=Ra(a),r=_n(a).map(function(g){return"uniform ".concat(g.type," ").concat(g.name,";")}).join(`
`),i=Td(a,e),o=i.code,s=i.multiShape,l=Zt(a,t),u=Object.keys(l.specs).map(function(g){return"float v_".concat(g,";")}).join(`
`),d=Ut(l,{varPrefix:"nodeAttr",baseTexelExpr:"nodeIdx * u_layerAttributeTexelsPerNode",textureWidthUniform:"u_layerAttributeTextureWidth",textureSamplerUniform:"u_layerAttributeTexture"}),h=d.fetchCode,c=d.varyingAssignments,f=`#version 300 es
precision highp float;

uniform float u_cameraAngle;
uniform sampler2D u_nodeDataTexture;
uniform int u_nodeDataTextureWidth;
uniform float u_frameTextureWidth;
uniform float u_frameTextureHeight;
uniform sampler2D u_layerAttributeTexture;
uniform int u_layerAttributeTextureWidth;
uniform int u_layerAttributeTexelsPerNode;
`.concat(r,`

in float a_nodeIndex;     // node-data texture index (also the target frame texel)
in float a_positionMode;  // 0=right 1=left 2=above 3=below 4=over
in float a_labelAngle;    // intrinsic label angle (radians)

out float v_edgeDist;

// Shape attributes (plain globals: this pass is vertex-only)
`).concat(u,`

`).concat(ot,`
`).concat(kt,`
`).concat(n,`
`).concat(o,`
`).concat(ls,`

void main() {
  int nodeIdx = int(a_nodeIndex);
`).concat(h,`
`).concat(c,`
  `).concat(s?`// Multi-shape: the shape id lives in the node-data texture's .w channel:
  g_shapeId = int(readNodeData(u_nodeDataTexture, u_nodeDataTextureWidth, nodeIdx).w);`:"// Single-shape mode, shape id not needed",`

  // Per-node rotation alignment (0 = viewport, 1 = graph).
  vec4 nodeFlags = readNodeFlags(u_nodeDataTexture, u_nodeDataTextureWidth, nodeIdx);
  float nodeRotation = nodeFlags.r;
  float labelRotation = nodeFlags.g;

  // Effective angle: intrinsic (style-given) plus the camera angle when the label
  // is graph-aligned. The companions place the box at this same angle.
  float effectiveAngle = a_labelAngle - labelRotation * u_cameraAngle;

  // The "over" mode (4) sits on the node center, so it has no edge distance.
  float edgeDist = 0.0;
  if (a_positionMode < 4.0) {
    vec2 screenDir = getLabelDirection(a_positionMode);
    // Rotate by the effective label angle. Inlined rather than via rotate2D()
    // because the shape SDFs (getShapeGLSLForShapes) already define that helper
    // for multi-shape programs, and redefining it would be a GLSL error.
    float ea_c = cos(effectiveAngle);
    float ea_s = sin(effectiveAngle);
    vec2 rotatedScreenDir = mat2(ea_c, -ea_s, ea_s, ea_c) * screenDir;
    // Screen (Y-down) -> SDF (Y-up).
    vec2 sdfDir = vec2(rotatedScreenDir.x, -rotatedScreenDir.y);
    // Counter-rotate into the shape's local frame for graph-aligned nodes, so the
    // boundary is queried against the shape's actual on-screen orientation.
    float nodeCa = -u_cameraAngle * nodeRotation;
    float nc = cos(nodeCa), ns = sin(nodeCa);
    sdfDir = mat2(nc, -ns, ns, nc) * sdfDir;
    edgeDist = findEdgeDistance(sdfDir, 1.0);
  }
  v_edgeDist = edgeDist;

  // Scatter to this node's texel center in the frame texture.
  float x = mod(a_nodeIndex, u_frameTextureWidth);
  float y = floor(a_nodeIndex / u_frameTextureWidth);
  vec2 ndc = (vec2(x, y) + 0.5) / vec2(u_frameTextureWidth, u_frameTextureHeight) * 2.0 - 1.0;
  gl_Position = vec4(ndc, 0.0, 1.0);
  gl_PointSize = 1.0;
}
`);return f}var fs=(function(){function a(t,e){ne(this,a),I(this,"uniformLocations",{});var n=e.shapes,r=e.layers,i=e.shapeGlobalIds;if(n.length===0)throw new Error("NodeLabelFramePass: at least one shape must be provided");this.gl=t,this.shapeUniforms=_n(n),this.hasAttributeData=Object.keys(Zt(n,r).offsets).length>0,this.vertexShader=Ea(t,eh(n,r,i)),this.fragmentShader=wa(t,Jd),this.program=ka(t,[this.vertexShader,this.fragmentShader]);var o=["u_cameraAngle","u_nodeDataTexture","u_nodeDataTextureWidth","u_frameTextureWidth","u_frameTextureHeight","u_layerAttributeTexture","u_layerAttributeTextureWidth","u_layerAttributeTexelsPerNode"].concat(Q(this.shapeUniforms.map(function(m){return m.name}))),s=O(o),l;try{for(s.s();!(l=s.n()).done;){var u=l.value;this.uniformLocations[u]=t.getUniformLocation(this.program,u)}}catch(m){s.e(m)}finally{s.f()}var d=a.FLOATS_PER_POINT*4;this.vao=t.createVertexArray(),this.buffer=t.createBuffer(),t.bindVertexArray(this.vao),t.bindBuffer(t.ARRAY_BUFFER,this.buffer);var h=O([["a_nodeIndex",0],["a_positionMode",4],["a_labelAngle",8]]),c;try{for(h.s();!(c=h.n()).done;){var f=le(c.value,2),g=f[0],p=f[1],v=t.getAttribLocation(this.program,g);v>=0&&(t.enableVertexAttribArray(v),t.vertexAttribPointer(v,1,t.FLOAT,!1,d,p))}}catch(m){h.e(m)}finally{h.f()}t.bindVertexArray(null)}return re(a,[{key:"run",value:function(e,n,r,i,o){if(n!==0){var s=this.gl;s.useProgram(this.program),s.bindVertexArray(this.vao),s.bindBuffer(s.ARRAY_BUFFER,this.buffer),s.bufferData(s.ARRAY_BUFFER,e.subarray(0,n*a.FLOATS_PER_POINT),s.DYNAMIC_DRAW);var l=this.uniformLocations;s.uniform1f(l.u_cameraAngle,i.cameraAngle),s.uniform1i(l.u_nodeDataTexture,i.nodeDataTextureUnit),s.uniform1i(l.u_nodeDataTextureWidth,i.nodeDataTextureWidth),s.uniform1f(l.u_frameTextureWidth,r.getTextureWidth()),s.uniform1f(l.u_frameTextureHeight,r.getTextureHeight()),this.hasAttributeData&&o&&(o.bind(ht),l.u_layerAttributeTexture&&s.uniform1i(l.u_layerAttributeTexture,ht),l.u_layerAttributeTextureWidth&&s.uniform1i(l.u_layerAttributeTextureWidth,o.getTextureWidth()),l.u_layerAttributeTexelsPerNode&&s.uniform1i(l.u_layerAttributeTexelsPerNode,o.getTexelsPerItem()));var u=O(this.shapeUniforms),d;try{for(u.s();!(d=u.n()).done;){var h=d.value;Ca(s,this.uniformLocations[h.name],h)}}catch(c){u.e(c)}finally{u.f()}r.bindAsRenderTarget(),s.disable(s.BLEND),s.disable(s.DEPTH_TEST),s.drawArrays(s.POINTS,0,n),s.bindFramebuffer(s.FRAMEBUFFER,null),s.bindVertexArray(null)}}},{key:"kill",value:function(){var e=this.gl;e.deleteProgram(this.program),e.deleteShader(this.vertexShader),e.deleteShader(this.fragmentShader),e.deleteBuffer(this.buffer),e.deleteVertexArray(this.vao)}}])})();I(fs,"FLOATS_PER_POINT",3);function th(a,t,e,n,r){var i,o=n.label,s=o===void 0?{}:o,l=n.shapes;if(l.length===0)throw new Error("createNodeProgram: at least one shape must be provided in 'shapes'");var u={},d=[],h;l.forEach(function(S,w){var k=gd(S);w===0&&(h=k),u[S.name]=w,d[w]=jn(k)});var c=Q(n.layers),f=li({shapes:l,layers:c,shapeGlobalIds:l.length>1?d:void 0,antialias:r}),g=Qd(a,null,e,{label:s}),p=$d(a,null,e,{shapes:l,layers:c,getAttributeTexture:function(){return T.getAttributeTexture()},label:s,shapeGlobalIds:l.length>1?d:void 0}),v=Hd(a,t,e,{label:s}),m=n.labelAttachments&&Object.keys(n.labelAttachments).length>0?Pd(a,null,e,{label:s}):null,y=new fs(a,{shapes:l,layers:c,shapeGlobalIds:l.length>1?d:void 0}),_=or(l,c),x=We(_),b=(i=(function(S){function w(k,A,L){var C;ne(this,w),C=me(this,w,[k,A,L]),I(C,"layerLifecycles",new Map),I(C,"layersNeedingRegeneration",new Set),I(C,"attrDescriptors",[]),C._pickingBuffer=A;var E=b.layerTextures.get(k);E||(E=new rr(k,x),b.layerTextures.set(k,E)),C.layerAttributeTexture=E;var G=b.textureRefCounts.get(k)||0;b.textureRefCounts.set(k,G+1),C.packedAttributeData=new Float32Array(x.floatsPerItem),c.forEach(function(P,D){if(P.lifecycle){var F={gl:k,renderer:{refresh:function(){return L.refresh()}},getUniformLocation:function(q){return k.getUniformLocation(C.normalProgram.program,q)},requestShaderRegeneration:function(){C.layersNeedingRegeneration.add(D)},requestRefresh:function(){L.refresh()}},N=P.lifecycle(F);C.layerLifecycles.set(D,N)}}),C.layerLifecycles.forEach(function(P){var D;(D=P.init)===null||D===void 0||D.call(P)});var z=new Map;return C.layerLifecycles.forEach(function(P,D){P.getAttributeData&&z.set(D,P)}),C.attrDescriptors=ar(_,x,z),C}return ve(w,S),re(w,[{key:"getDefinition",value:function(){var A=WebGL2RenderingContext,L=A.FLOAT,C=A.TRIANGLE_STRIP;return{VERTICES:4,VERTEX_SHADER_SOURCE:f.vertexShader,FRAGMENT_SHADER_SOURCE:f.fragmentShader,METHOD:C,UNIFORMS:f.uniforms,ATTRIBUTES:f.attributes,CONSTANT_ATTRIBUTES:[{name:"a_quadCorner",size:2,type:L}],CONSTANT_DATA:[[-1,-1],[1,-1],[-1,1],[1,1]]}}},{key:"maybeRegenerateShaders",value:function(){var A=this;if(this.layersNeedingRegeneration.size!==0){c=c.map(function(D,F){if(A.layersNeedingRegeneration.has(F)){var N=A.layerLifecycles.get(F);if(N!=null&&N.regenerate){var M=N.regenerate();return H(H({},M),{},{lifecycle:D.lifecycle})}}return D}),this.layersNeedingRegeneration.clear(),f=li({shapes:l,layers:c,shapeGlobalIds:l.length>1?d:void 0,antialias:this.renderer.getSetting("antialiasNodes")});var L=this.normalProgram.gl,C=this.normalProgram,E=C.program,G=C.buffer,z=C.vertexShader,P=C.fragmentShader;L.deleteProgram(E),L.deleteBuffer(G),L.deleteShader(z),L.deleteShader(P),this.normalProgram=this.getProgramInfo("normal",L,f.vertexShader,f.fragmentShader,this._pickingBuffer)}}},{key:"allocateNode",value:function(A){this.layerAttributeTexture.allocate(A)}},{key:"freeNode",value:function(A){this.layerAttributeTexture.free(A)}},{key:"getAttributeTexture",value:function(){return this.layerAttributeTexture}},{key:"uploadLayerTexture",value:function(){this.layerAttributeTexture.upload()}},{key:"process",value:function(A,L,C,E,G){var z=L*this.STRIDE;if(C.visibility==="hidden"){for(var P=z+this.STRIDE;z<P;z++)this.floats[z]=0;this.floats[L*this.STRIDE]=ds;return}this.processVisibleItem(Yn(A),z,C,E,G)}},{key:"processVisibleItem",value:function(A,L,C,E,G){var z,P=this.floats,D=this.ints;if(P[L++]=E,D[L++]=A,P[L++]=(z=C.opacity)!==null&&z!==void 0?z:1,x.floatsPerItem!==0){var F=this.packedAttributeData;ir(this.attrDescriptors,C,F,C.color,this.layerLifecycles,0),this.layerAttributeTexture.updateAllAttributes(G,F)}}},{key:"setUniforms",value:function(A,L){var C=this,E=L.gl,G=L.uniformLocations;G.u_matrix&&E.uniformMatrix3fv(G.u_matrix,!1,A.matrix),G.u_sizeRatio&&E.uniform1f(G.u_sizeRatio,A.sizeRatio),G.u_correctionRatio&&E.uniform1f(G.u_correctionRatio,A.correctionRatio),G.u_pickingPadding&&E.uniform1f(G.u_pickingPadding,A.nodePickingPadding),G.u_cameraAngle&&E.uniform1f(G.u_cameraAngle,A.cameraAngle),G.u_nodeDataTexture&&E.uniform1i(G.u_nodeDataTexture,A.nodeDataTextureUnit),G.u_nodeDataTextureWidth&&E.uniform1i(G.u_nodeDataTextureWidth,A.nodeDataTextureWidth),G.u_layerAttributeTexture&&(this.layerAttributeTexture.bind(ht),E.uniform1i(G.u_layerAttributeTexture,ht)),G.u_layerAttributeTextureWidth&&E.uniform1i(G.u_layerAttributeTextureWidth,this.layerAttributeTexture.getTextureWidth()),G.u_layerAttributeTexelsPerNode&&E.uniform1i(G.u_layerAttributeTexelsPerNode,this.layerAttributeTexture.getTexelsPerItem()),l.forEach(function(z){z.uniforms.forEach(function(P){C.setTypedUniform(P,L)})}),c.forEach(function(z){z.uniforms.forEach(function(P){C.setTypedUniform(P,L)})})}},{key:"render",value:function(A,L,C){this.maybeRegenerateShaders(),pe(w,"render",this)([A,L,C])}},{key:"renderProgram",value:function(A,L){var C=L.gl,E=L.program;C.useProgram(E),L===this.normalProgram&&this.layerLifecycles.forEach(function(G){var z;(z=G.beforeRender)===null||z===void 0||z.call(G)}),pe(w,"renderProgram",this)([A,L])}},{key:"kill",value:function(){this.layerLifecycles.forEach(function(C){var E;(E=C.kill)===null||E===void 0||E.call(C)}),this.layerLifecycles.clear();var A=this.normalProgram.gl,L=(b.textureRefCounts.get(A)||1)-1;L<=0?(this.layerAttributeTexture.kill(),b.layerTextures.delete(A),b.textureRefCounts.delete(A)):b.textureRefCounts.set(A,L),pe(w,"kill",this)([])}}])})(Rt),I(i,"layerTextures",new WeakMap),I(i,"textureRefCounts",new WeakMap),i),T=new b(a,null,e);return{nodeProgram:T,labelProgram:g,backdropProgram:p,labelBackgroundProgram:v,attachmentProgram:m,framePass:y,shapeSlug:h,shapeNameToIndex:l.length>1?u:void 0,shapeGlobalIds:l.length>1?d:void 0}}var ct=6;function Tn(a){var t=a.offsets,e=a.specs,n=a.floatsPerItem,r=Object.keys(t);if(r.length===0||n===0)return{uniformDeclarations:"",uniformNames:[],vertexVaryingDeclarations:"",fragmentVaryingDeclarations:"",fetchCode:"",varyingAssignments:""};var i=`
uniform sampler2D u_edgeAttributeTexture;
uniform int u_edgeAttributeTextureWidth;
uniform int u_edgeAttributeTexelsPerEdge;`,o=["u_edgeAttributeTexture","u_edgeAttributeTextureWidth","u_edgeAttributeTexelsPerEdge"],s=r.map(function(f){var g=e[f].size===1?"float":"vec".concat(e[f].size);return"".concat(g," v_").concat(f,";")}),l=s.map(function(f){return"out ".concat(f)}).join(`
`),u=s.map(function(f){return"in ".concat(f)}).join(`
`),d=Ut(a,{varPrefix:"attr",baseTexelExpr:"edgeIdx * u_edgeAttributeTexelsPerEdge",textureWidthUniform:"u_edgeAttributeTextureWidth",textureSamplerUniform:"u_edgeAttributeTexture"}),h=d.fetchCode,c=d.varyingAssignments;return{uniformDeclarations:i,uniformNames:o,vertexVaryingDeclarations:l,fragmentVaryingDeclarations:u,fetchCode:h,varyingAssignments:c}}function nh(a){return`
float findSourceClampT_`.concat(a,`(vec2 source, float sourceSize, int sourceShapeId, float sourceRotateAlign, vec2 target, float margin) {
  float lo = 0.0, hi = 0.5;
  float nodeExtent = sourceSize * u_correctionRatio / u_sizeRatio * 2.0;
  float effectiveSize = 1.0 - u_correctionRatio / nodeExtent;

  // Counter-rotate the query point so viewport-aligned nodes (rotateAlign=0) are
  // clamped against their on-screen orientation; graph-aligned nodes skip it.
  float ca = u_cameraAngle * (1.0 - sourceRotateAlign);
  float rc = cos(ca), rs = sin(ca);
  mat2 rot = mat2(rc, -rs, rs, rc);

  for (int i = 0; i < 12; i++) {
    float mid = (lo + hi) * 0.5;
    vec2 pos = path_`).concat(a,`_position(mid, source, target);
    vec2 localPos = rot * ((pos - source) / nodeExtent);
    float sdf = querySDF(sourceShapeId, localPos, effectiveSize);
    if (sdf < 0.0) lo = mid;
    else hi = mid;
  }

  float pathLen = path_`).concat(a,`_length(source, target);
  float marginT = (margin * u_correctionRatio / u_sizeRatio) / pathLen;
  return (lo + hi) * 0.5 + marginT;
}
`)}function rh(a){return`
float findTargetClampT_`.concat(a,`(vec2 source, vec2 target, float targetSize, int targetShapeId, float targetRotateAlign, float margin) {
  float lo = 0.5, hi = 1.0;
  float nodeExtent = targetSize * u_correctionRatio / u_sizeRatio * 2.0;
  float effectiveSize = 1.0 - u_correctionRatio / nodeExtent;

  // See findSourceClampT_ for the rotation rationale.
  float ca = u_cameraAngle * (1.0 - targetRotateAlign);
  float rc = cos(ca), rs = sin(ca);
  mat2 rot = mat2(rc, -rs, rs, rc);

  for (int i = 0; i < 12; i++) {
    float mid = (lo + hi) * 0.5;
    vec2 pos = path_`).concat(a,`_position(mid, source, target);
    vec2 localPos = rot * ((pos - target) / nodeExtent);
    float sdf = querySDF(targetShapeId, localPos, effectiveSize);
    if (sdf < 0.0) hi = mid;
    else lo = mid;
  }

  float pathLen = path_`).concat(a,`_length(source, target);
  float marginT = (margin * u_correctionRatio / u_sizeRatio) / pathLen;
  return (lo + hi) * 0.5 - marginT;
}
`)}function gs(a){return`
// Auto-generated numerical tangent (from position via finite differences)
vec2 path_`.concat(a,`_tangent(float t, vec2 source, vec2 target) {
  float epsilon = 0.001;
  float t1 = max(0.0, t - epsilon);
  float t2 = min(1.0, t + epsilon);
  vec2 p1 = path_`).concat(a,`_position(t1, source, target);
  vec2 p2 = path_`).concat(a,`_position(t2, source, target);
  return normalize(p2 - p1);
}

// Auto-generated normal (perpendicular to tangent)
vec2 path_`).concat(a,`_normal(float t, vec2 source, vec2 target) {
  vec2 tangent = path_`).concat(a,`_tangent(t, source, target);
  return vec2(-tangent.y, tangent.x);
}
`)}function ah(a){return`
// Auto-generated path length (samples position 16 times)
float path_`.concat(a,`_length(vec2 source, vec2 target) {
  float len = 0.0;
  vec2 prev = path_`).concat(a,`_position(0.0, source, target);
  for (int i = 1; i <= 16; i++) {
    float t = float(i) / 16.0;
    vec2 curr = path_`).concat(a,`_position(t, source, target);
    len += length(curr - prev);
    prev = curr;
  }
  return len;
}
`)}function ih(a){return`
// Auto-generated closest_t (coarse sample + ternary search)
float path_`.concat(a,`_closest_t(vec2 p, vec2 source, vec2 target) {
  // Coarse search: find best among 10 samples
  float bestT = 0.0;
  float bestDist = 1e10;
  for (int i = 0; i <= 10; i++) {
    float t = float(i) / 10.0;
    vec2 pos = path_`).concat(a,`_position(t, source, target);
    float d = length(p - pos);
    if (d < bestDist) {
      bestDist = d;
      bestT = t;
    }
  }

  // Refine with ternary search
  float lo = max(0.0, bestT - 0.1);
  float hi = min(1.0, bestT + 0.1);
  for (int i = 0; i < 10; i++) {
    float mid1 = lo + (hi - lo) / 3.0;
    float mid2 = hi - (hi - lo) / 3.0;
    float d1 = length(p - path_`).concat(a,`_position(mid1, source, target));
    float d2 = length(p - path_`).concat(a,`_position(mid2, source, target));
    if (d1 < d2) {
      hi = mid2;
    } else {
      lo = mid1;
    }
  }
  return (lo + hi) * 0.5;
}
`)}function oh(a){return`
// Auto-generated signed distance (via closest_t + normal)
float path_`.concat(a,`_distance(vec2 p, vec2 source, vec2 target) {
  float closestT = path_`).concat(a,`_closest_t(p, source, target);
  vec2 closest = path_`).concat(a,`_position(closestT, source, target);
  vec2 diff = p - closest;
  float dist = length(diff);
  if (dist < 0.0001) return 0.0;

  // Get normal at closest point
  vec2 normal = path_`).concat(a,`_normal(closestT, source, target);
  return dist * sign(dot(diff, normal));
}
`)}function sh(a){return`
// Auto-generated t_at_distance (binary search)
float path_`.concat(a,`_t_at_distance(float targetDist, vec2 source, vec2 target) {
  if (targetDist <= 0.0) return 0.0;

  float totalLen = path_`).concat(a,`_length(source, target);
  if (targetDist >= totalLen) return 1.0;

  // Binary search for t
  float lo = 0.0, hi = 1.0;
  for (int i = 0; i < 12; i++) {
    float mid = (lo + hi) * 0.5;

    // Compute arc length from 0 to mid
    float arcLen = 0.0;
    vec2 prev = path_`).concat(a,`_position(0.0, source, target);
    for (int j = 1; j <= 8; j++) {
      float t = mid * float(j) / 8.0;
      vec2 curr = path_`).concat(a,`_position(t, source, target);
      arcLen += length(curr - prev);
      prev = curr;
    }

    if (arcLen < targetDist) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return (lo + hi) * 0.5;
}
`)}function Gn(a,t){var e=new RegExp("\\b(float|vec[234]|void|int|bool)\\s+".concat(t,"\\s*\\("));return e.test(a)}function ps(a,t){var e=[];return Gn(t,"path_".concat(a,"_length"))||e.push(ah(a)),Gn(t,"path_".concat(a,"_closest_t"))||e.push(ih(a)),Gn(t,"path_".concat(a,"_distance"))||e.push(oh(a)),Gn(t,"path_".concat(a,"_t_at_distance"))||e.push(sh(a)),e.length>0?`
// ============================================================================
// Auto-generated fallback functions (path only provided position)
// ============================================================================
`.concat(e.join(`
`)):""}function ms(a){var t,e,n,r=a.paths,i=a.layers,o=(t=a.extremities)!==null&&t!==void 0?t:[];if(r.length===0)throw new Error("At least one path is required in 'paths'");if(i.length===0)throw new Error("At least one layer is required in 'layers'");var s=(e=a.defaultHead)!==null&&e!==void 0?e:"none",l=(n=a.defaultTail)!==null&&n!==void 0?n:"none";return{paths:r,extremities:o,layers:i,path:r[0],layer:i[0],defaultHead:s,defaultTail:l}}var vs=WebGL2RenderingContext,gn=vs.FLOAT,hi=vs.UNSIGNED_BYTE;function lh(a,t,e){var n=new Set(["u_matrix","u_sizeRatio","u_correctionRatio","u_zoomRatio","u_pixelRatio","u_cameraAngle","u_minEdgeThickness","u_pickingPadding","u_nodeDataTexture","u_nodeDataTextureWidth","u_edgeDataTexture","u_edgeDataTextureWidth","u_edgeFrameTexture","u_edgeFrameTextureWidth","u_edgeAttributeTexture","u_edgeAttributeTextureWidth","u_edgeAttributeTexelsPerEdge"]),r=new Set(n);return a.forEach(function(i){return i.uniforms.forEach(function(o){return r.add(o.name)})}),t.forEach(function(i){return i.uniforms.forEach(function(o){return r.add(o.name)})}),e.forEach(function(i){return i.uniforms.forEach(function(o){return r.add(o.name)})}),Array.from(r)}function Pa(a){var t=new Set,e=[],n=O(a),r;try{for(n.s();!(r=n.n()).done;){var i=r.value;t.has(i.name)||(t.add(i.name),e.push("// Path: ".concat(i.name)),e.push(i.glsl),e.push(gs(i.name)),e.push(ps(i.name,i.glsl)))}}catch(o){n.e(o)}finally{n.f()}return e.join(`

`)}function uh(a){var t=[],e=O(a),n;try{for(e.s();!(n=e.n()).done;){var r=n.value;t.push("// Extremity: ".concat(r.name)),t.push(r.glsl)}}catch(i){e.e(i)}finally{e.f()}return t.join(`

`)}var dh=[{queryName:"queryPathPosition",pathFunc:"position",returnType:"vec2",params:"float t, vec2 source, vec2 target",args:"t, source, target"},{queryName:"queryPathTangent",pathFunc:"tangent",returnType:"vec2",params:"float t, vec2 source, vec2 target",args:"t, source, target"},{queryName:"queryPathNormal",pathFunc:"normal",returnType:"vec2",params:"float t, vec2 source, vec2 target",args:"t, source, target"},{queryName:"queryPathLength",pathFunc:"length",returnType:"float",params:"vec2 source, vec2 target",args:"source, target"},{queryName:"queryPathClosestT",pathFunc:"closest_t",returnType:"float",params:"vec2 p, vec2 source, vec2 target",args:"p, source, target"}];function hh(a,t){var e=t.queryName,n=t.pathFunc,r=t.returnType,i=t.params,o=t.args;if(a.length===1)return"".concat(r," ").concat(e,"(int pathId, ").concat(i,`) {
  return path_`).concat(a[0].name,"_").concat(n,"(").concat(o,`);
}`);var s=a.map(function(l,u){return"    case ".concat(u,": return path_").concat(l.name,"_").concat(n,"(").concat(o,");")}).join(`
`);return"".concat(r," ").concat(e,"(int pathId, ").concat(i,`) {
  switch (pathId) {
`).concat(s,`
    default: return path_`).concat(a[0].name,"_").concat(n,"(").concat(o,`);
  }
}`)}function Ia(a){return dh.map(function(t){return hh(a,t)}).join(`

`)}function ch(a){if(a.length===1)return`float queryExtremitySDF(int extremityId, vec2 uv, float lengthRatio, float widthRatio) {
  return extremity_`.concat(a[0].name,`(uv, lengthRatio, widthRatio);
}`);var t=a.map(function(e,n){return"    case ".concat(n,": return extremity_").concat(e.name,"(uv, lengthRatio, widthRatio);")}).join(`
`);return`float queryExtremitySDF(int extremityId, vec2 uv, float lengthRatio, float widthRatio) {
  switch (extremityId) {
`.concat(t,`
    default: return extremity_`).concat(a[0].name,`(uv, lengthRatio, widthRatio);
  }
}`)}function fh(a){var t=[],e=O(a),n;try{for(e.s();!(n=e.n()).done;){var r=n.value;t.push(nh(r.name)),t.push(rh(r.name))}}catch(s){e.e(s)}finally{e.f()}if(a.length===1)t.push(`
float queryFindSourceClampT(int pathId, vec2 source, float sourceSize, int sourceShapeId, float sourceRotateAlign, vec2 target, float margin) {
  return findSourceClampT_`.concat(a[0].name,`(source, sourceSize, sourceShapeId, sourceRotateAlign, target, margin);
}

float queryFindTargetClampT(int pathId, vec2 source, vec2 target, float targetSize, int targetShapeId, float targetRotateAlign, float margin) {
  return findTargetClampT_`).concat(a[0].name,`(source, target, targetSize, targetShapeId, targetRotateAlign, margin);
}`));else{var i=a.map(function(s,l){return"    case ".concat(l,": return findSourceClampT_").concat(s.name,"(source, sourceSize, sourceShapeId, sourceRotateAlign, target, margin);")}).join(`
`),o=a.map(function(s,l){return"    case ".concat(l,": return findTargetClampT_").concat(s.name,"(source, target, targetSize, targetShapeId, targetRotateAlign, margin);")}).join(`
`);t.push(`
float queryFindSourceClampT(int pathId, vec2 source, float sourceSize, int sourceShapeId, float sourceRotateAlign, vec2 target, float margin) {
  switch (pathId) {
`.concat(i,`
    default: return findSourceClampT_`).concat(a[0].name,`(source, sourceSize, sourceShapeId, sourceRotateAlign, target, margin);
  }
}

float queryFindTargetClampT(int pathId, vec2 source, vec2 target, float targetSize, int targetShapeId, float targetRotateAlign, float margin) {
  switch (pathId) {
`).concat(o,`
    default: return findTargetClampT_`).concat(a[0].name,`(source, target, targetSize, targetShapeId, targetRotateAlign, margin);
  }
}`))}return t.join(`

`)}function gh(a,t,e,n,r){var i=We([].concat(Q(a),Q(e))),o=Tn(i),s=Zt(n,r),l=Object.keys(s.offsets),u=function(S){var w=s.specs[S].size;return w===1?"float":"vec".concat(w)},d=l.map(function(T){return"".concat(u(T)," v_source_").concat(T,`;
`).concat(u(T)," v_target_").concat(T,";")}).join(`
`),h=Ut(s,{varPrefix:"srcNodeAttr",baseTexelExpr:"srcIdx * u_layerAttributeTexelsPerNode",textureWidthUniform:"u_layerAttributeTextureWidth",textureSamplerUniform:"u_layerAttributeTexture",outputPrefix:"v_source_"}),c=Ut(s,{varPrefix:"tgtNodeAttr",baseTexelExpr:"tgtIdx * u_layerAttributeTexelsPerNode",textureWidthUniform:"u_layerAttributeTextureWidth",textureSamplerUniform:"u_layerAttributeTexture",outputPrefix:"v_target_"}),f=l.map(function(T){return"".concat(u(T)," g_").concat(T,";")}).join(`
`),g=l.map(function(T){return"  g_".concat(T," = v_source_").concat(T,";")}).join(`
`),p=l.map(function(T){return"  g_".concat(T," = v_target_").concat(T,";")}).join(`
`),v=new Set,m=[],y=function(S){v.has(S.name)||(v.add(S.name),m.push("uniform ".concat(S.type," ").concat(S.name,";")))};a.forEach(function(T){return T.uniforms.forEach(y)}),t.forEach(function(T){return T.uniforms.forEach(y)});var _=t.map(function(T){return fe(T.widthFactor)}).join(", "),x=Math.max.apply(Math,Q(a.map(function(T){return T.minBodyLengthRatio||0}))),b=`#version 300 es

// Node and edge data textures
uniform sampler2D u_nodeDataTexture;
uniform int u_nodeDataTextureWidth;
uniform sampler2D u_edgeDataTexture;
uniform int u_edgeDataTextureWidth;

// Edge attribute texture (for path-specific attributes like curvature)
`.concat(o.uniformDeclarations,`

// Node attribute texture (for node shape attributes)
uniform sampler2D u_layerAttributeTexture;
uniform int u_layerAttributeTextureWidth;
uniform int u_layerAttributeTexelsPerNode;

// Render params needed for clamping
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_cameraAngle;
uniform float u_minEdgeThickness;

// Edge-frame texture dimensions, for scattering each point to its texel
uniform float u_frameTextureWidth;
uniform float u_frameTextureHeight;

// Custom path/extremity uniforms
`).concat(m.join(`
`),`

// Path attribute varyings — assigned so path functions can read them as globals
`).concat(o.vertexVaryingDeclarations,`

// Node size varyings — read by path functions like loop
out float v_sourceNodeSize;
out float v_targetNodeSize;

// Node shape attributes per endpoint, and the ones querySDF reads
`).concat(d,`
`).concat(f,`

// Scattered output written to the edge-frame texel: [tStart, tEnd, straightenFactor, pathLength]
out vec4 v_clamp;

// Extremity width factor array (needed for extremityScale computation)
const float EXTREMITY_WIDTH_FACTORS[`).concat(t.length,"] = float[](").concat(_,`);

// Node-data fetch helpers (geometry texel + rotation-flags texel)
`).concat(ot,`
`).concat(kt,`

// Shape SDFs for node boundary clamping
`).concat(pd(),`
`).concat(md(new Set(l)),`

// Path functions
`).concat(Pa(a),`
`).concat(Ia(a),`
`).concat(fh(a),`

void main() {
  // One point per edge-data row; the row index is the edge-frame texel target.
  int edgeIdx = gl_VertexID;
  int texel0Idx = edgeIdx * 2;
  int texel1Idx = edgeIdx * 2 + 1;
  ivec2 edgeTexCoord0 = ivec2(texel0Idx % u_edgeDataTextureWidth, texel0Idx / u_edgeDataTextureWidth);
  ivec2 edgeTexCoord1 = ivec2(texel1Idx % u_edgeDataTextureWidth, texel1Idx / u_edgeDataTextureWidth);
  vec4 edgeData0 = texelFetch(u_edgeDataTexture, edgeTexCoord0, 0);
  vec4 edgeData1 = texelFetch(u_edgeDataTexture, edgeTexCoord1, 0);

  int srcIdx = int(edgeData0.x);
  int tgtIdx = int(edgeData0.y);
  float a_thickness = edgeData0.z;
  float a_headLengthRatio = edgeData1.x;
  float a_tailLengthRatio = edgeData1.y;
  int pathId = int(edgeData1.z);
  int extremityPacked = int(edgeData1.w);
  int headId = extremityPacked >> 4;
  int tailId = extremityPacked & 15;

  // Fetch path/layer attributes and assign to path-function globals
`).concat(o.fetchCode,`
`).concat(o.varyingAssignments,`

  // Fetch node shape attributes for both endpoints
`).concat(h.fetchCode,`
`).concat(h.varyingAssignments,`
`).concat(c.fetchCode,`
`).concat(c.varyingAssignments,`

  // Fetch node geometry (texel 0) and rotation flags (texel 1).
  vec4 srcNodeData = readNodeData(u_nodeDataTexture, u_nodeDataTextureWidth, srcIdx);
  vec4 tgtNodeData = readNodeData(u_nodeDataTexture, u_nodeDataTextureWidth, tgtIdx);

  vec2 a_source = srcNodeData.xy;
  vec2 a_target = tgtNodeData.xy;
  float a_sourceSize = srcNodeData.z;
  float a_targetSize = tgtNodeData.z;
  float a_sourceShapeId = srcNodeData.w;
  float a_targetShapeId = tgtNodeData.w;
  // Per-node rotation alignment (0 = viewport, 1 = graph), for boundary clamping.
  float a_sourceRotateAlign = readNodeFlags(u_nodeDataTexture, u_nodeDataTextureWidth, srcIdx).r;
  float a_targetRotateAlign = readNodeFlags(u_nodeDataTexture, u_nodeDataTextureWidth, tgtIdx).r;

  v_sourceNodeSize = a_sourceSize;
  v_targetNodeSize = a_targetSize;

  float headLengthRatio = a_headLengthRatio;
  float tailLengthRatio = a_tailLengthRatio;
  float headWidthFactor = EXTREMITY_WIDTH_FACTORS[headId];
  float tailWidthFactor = EXTREMITY_WIDTH_FACTORS[tailId];
  float minBodyLengthRatio = `).concat(fe(x),`;

  // Thickness in WebGL units (needed to compute clamping margin and extremity lengths)
  float pixelsThickness = max(a_thickness, u_minEdgeThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;

  // SDF clamping: find where the edge body meets the node boundaries. Always
  // searched (ungated) so labels get a true boundary clamp; the body re-applies
  // its extremity gating in-shader.
`).concat(g,`
  float tStart = queryFindSourceClampT(pathId, a_source, a_sourceSize, int(a_sourceShapeId), a_sourceRotateAlign, a_target, 0.0);
`).concat(p,`
  float tEnd = queryFindTargetClampT(pathId, a_source, a_target, a_targetSize, int(a_targetShapeId), a_targetRotateAlign, 0.0);

  // straightenFactor (frame .z) is consumed only by the body, which runs to the
  // node center when an extremity is absent. Derive the straightening math from
  // these gated clamps — not the ungated boundary ones above — so it matches the
  // geometry it drives. The ungated tStart/tEnd remain what labels read.
  float bodyTStart = tailLengthRatio > 0.0 ? tStart : 0.0;
  float bodyTEnd = headLengthRatio > 0.0 ? tEnd : 1.0;

  // Path length and zone boundaries (needed for straightening check)
  float pathLength = queryPathLength(pathId, a_source, a_target);
  float visibleLength = pathLength * (bodyTEnd - bodyTStart);

  float headLength = headLengthRatio * webGLThickness;
  float tailLength = tailLengthRatio * webGLThickness;
  float minBodyLength = minBodyLengthRatio * webGLThickness;

  float totalNeededLength = headLength + tailLength + minBodyLength;
  float extremityScale = 1.0;
  if (totalNeededLength > visibleLength && totalNeededLength > 0.0001) {
    extremityScale = visibleLength / totalNeededLength;
    headLength *= extremityScale;
    tailLength *= extremityScale;
  }

  float headLengthT = pathLength > 0.0001 ? headLength / pathLength : 0.0;
  float tailLengthT = pathLength > 0.0001 ? tailLength / pathLength : 0.0;

  float tTailEnd = bodyTStart + tailLengthT;
  float tHeadStart = bodyTEnd - headLengthT;
  if (tTailEnd > tHeadStart) {
    float mid = (bodyTStart + bodyTEnd) * 0.5;
    tTailEnd = mid;
    tHeadStart = mid;
  }

  // Straighten factor: blend toward straight line when path twists in extremity zones
  float straightenFactor = 0.0;
  {
    float maxDeviation = 0.0;
    if (tailLengthT > 0.0001) {
      vec2 tailTang = queryPathTangent(pathId, tTailEnd, a_source, a_target);
      vec2 tailChord = queryPathPosition(pathId, bodyTStart, a_source, a_target)
                     - queryPathPosition(pathId, tTailEnd, a_source, a_target);
      float tailChordLen = length(tailChord);
      if (tailChordLen > 0.0001) {
        maxDeviation = max(maxDeviation, 1.0 - dot(-tailTang, tailChord / tailChordLen));
      }
    }
    if (headLengthT > 0.0001) {
      vec2 headTang = queryPathTangent(pathId, tHeadStart, a_source, a_target);
      vec2 headChord = queryPathPosition(pathId, bodyTEnd, a_source, a_target)
                     - queryPathPosition(pathId, tHeadStart, a_source, a_target);
      float headChordLen = length(headChord);
      if (headChordLen > 0.0001) {
        maxDeviation = max(maxDeviation, 1.0 - dot(headTang, headChord / headChordLen));
      }
    }
    straightenFactor = smoothstep(0.035, 0.5, maxDeviation);
  }

  // When straightening, blend the ungated tStart/tEnd (the label-facing clamps)
  // toward straight-line clamp positions.
  if (straightenFactor > 0.001) {
    if (tailLengthRatio > 0.0) {
`).concat(g,`
      float srcExtent = a_sourceSize * u_correctionRatio / u_sizeRatio * 2.0;
      float srcEffective = 1.0 - u_correctionRatio / srcExtent;
      float srcCa = u_cameraAngle * (1.0 - a_sourceRotateAlign);
      mat2 srcRot = mat2(cos(srcCa), -sin(srcCa), sin(srcCa), cos(srcCa));
      float lo = 0.0, hi = 0.5;
      for (int i = 0; i < 12; i++) {
        float mid = (lo + hi) * 0.5;
        vec2 pos = mix(a_source, a_target, mid);
        vec2 localPos = srcRot * ((pos - a_source) / srcExtent);
        float sdf = querySDF(int(a_sourceShapeId), localPos, srcEffective);
        if (sdf < 0.0) lo = mid; else hi = mid;
      }
      tStart = mix(tStart, (lo + hi) * 0.5, straightenFactor);
    }
    if (headLengthRatio > 0.0) {
`).concat(p,`
      float tgtExtent = a_targetSize * u_correctionRatio / u_sizeRatio * 2.0;
      float tgtEffective = 1.0 - u_correctionRatio / tgtExtent;
      float tgtCa = u_cameraAngle * (1.0 - a_targetRotateAlign);
      mat2 tgtRot = mat2(cos(tgtCa), -sin(tgtCa), sin(tgtCa), cos(tgtCa));
      float lo = 0.5, hi = 1.0;
      for (int i = 0; i < 12; i++) {
        float mid = (lo + hi) * 0.5;
        vec2 pos = mix(a_source, a_target, mid);
        vec2 localPos = tgtRot * ((pos - a_target) / tgtExtent);
        float sdf = querySDF(int(a_targetShapeId), localPos, tgtEffective);
        if (sdf < 0.0) hi = mid; else lo = mid;
      }
      tEnd = mix(tEnd, (lo + hi) * 0.5, straightenFactor);
    }
  }

  v_clamp = vec4(tStart, tEnd, straightenFactor, pathLength);

  // Scatter this point to its edge's texel center in the frame texture.
  float x = mod(float(edgeIdx), u_frameTextureWidth);
  float y = floor(float(edgeIdx) / u_frameTextureWidth);
  vec2 ndc = (vec2(x, y) + 0.5) / vec2(u_frameTextureWidth, u_frameTextureHeight) * 2.0 - 1.0;
  gl_Position = vec4(ndc, 0.0, 1.0);
  gl_PointSize = 1.0;
}
`);return b}var zn=0,ci=1,Mn=2;function ph(a,t,e){var n=[];e&&(n.push([zn,0,-1],[zn,0,1]),n.push([zn,1,-1],[zn,1,1]));for(var r=0;r<=a;r++){var i=r/a;n.push([ci,i,-1],[ci,i,1])}return t&&(n.push([Mn,0,-1],[Mn,0,1]),n.push([Mn,1,-1],[Mn,1,1])),{data:n,attributes:[{name:"a_zone",size:1,type:gn},{name:"a_zoneT",size:1,type:gn},{name:"a_side",size:1,type:gn}],verticesPerEdge:n.length}}function mh(a,t,e,n){var r=We([].concat(Q(a),Q(e))),i=Tn(r),o=new Set(["u_matrix","u_sizeRatio","u_correctionRatio","u_zoomRatio","u_pixelRatio","u_cameraAngle","u_minEdgeThickness","u_pickingPadding","u_nodeDataTexture"]),s=new Set,l=[],u=function(m){!o.has(m.name)&&!s.has(m.name)&&(s.add(m.name),l.push("uniform ".concat(m.type," ").concat(m.name,";")))};a.forEach(function(v){return v.uniforms.forEach(u)}),t.forEach(function(v){return v.uniforms.forEach(u)}),e.forEach(function(v){return v.uniforms.forEach(u)});var d=n.map(function(v){var m=v.size===1?"float":"vec".concat(v.size);return"in ".concat(m," ").concat(v.name,";")}).join(`
`),h=t.map(function(v){return fe(v.widthFactor)}).join(", "),c=Math.max.apply(Math,Q(a.map(function(v){return v.minBodyLengthRatio||0}))),f=e.some(function(v){return v.needsNodeColors}),g=a.some(function(v){return v.needsNodeSize}),p=`#version 300 es

// Constant attributes (per vertex)
`.concat(d,`

// Per-edge attributes
// Edge data (source/target indices, thickness, extremity ratios, path/extremity IDs)
// is fetched from edge data texture via edge index
in float a_edgeIndex;   // Index into edge data texture
in vec4 a_color;        // Edge color
in vec4 a_id;           // Edge ID for picking
in float a_opacity;     // Edge opacity

// Standard uniforms
uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_zoomRatio;
uniform float u_pixelRatio;
uniform float u_cameraAngle;
uniform float u_minEdgeThickness;
#ifdef PICKING_MODE
uniform float u_pickingPadding;
#endif
uniform sampler2D u_nodeDataTexture;
uniform int u_nodeDataTextureWidth;
uniform sampler2D u_edgeDataTexture;
uniform int u_edgeDataTextureWidth;
uniform sampler2D u_edgeFrameTexture;
uniform int u_edgeFrameTextureWidth;

// Edge path attribute texture uniforms
`).concat(i.uniformDeclarations,`

// Custom uniforms
`).concat(l.join(`
`),`

// Standard varyings
out vec4 v_color;
out float v_opacity;
out vec4 v_id;
out float v_thickness;       // Edge body thickness (in consistent units)
out float v_t;
out float v_tStart;
out float v_tEnd;
out float v_side;
out float v_antialiasingWidth;  // Anti-aliasing width (normalized: u_correctionRatio / thickness)
out vec2 v_source;
out vec2 v_target;
out float v_edgeLength;
`).concat(g?`
out float v_sourceNodeSize;  // Source node size (mirrored in labels/generator.ts as plain float)
out float v_targetNodeSize;  // Target node size (mirrored in labels/generator.ts as plain float)`:"",`
`).concat(f?`
out vec4 v_sourceColor;
out vec4 v_targetColor;`:"",`
// Zone varyings
out float v_zone;            // 0=tail, 1=body, 2=head
out float v_zoneT;           // Position within zone [0,1]
out float v_headLengthRatio; // Head length as ratio of thickness
out float v_tailLengthRatio; // Tail length as ratio of thickness
out float v_headWidthRatio;  // Head width factor
out float v_tailWidthRatio;  // Tail width factor

// Multi-path/extremity varyings
flat out int v_pathId;
flat out int v_headId;
flat out int v_tailId;

// Path/layer attribute varyings (fetched from edge attribute texture)
`).concat(i.vertexVaryingDeclarations,`

const float bias = 255.0 / 254.0;

// Width factor array for extremities (shared pool for head/tail)
const float EXTREMITY_WIDTH_FACTORS[`).concat(t.length,"] = float[](").concat(h,`);

// All path functions
`).concat(Pa(a),`

// Path selector functions
`).concat(Ia(a),`

// Node-data fetch helper (geometry texel of the two-texel node stride)
`).concat(ot,`
`).concat(f?Sd:"",`
// Per-edge clamp from the frame-pass (tStart, tEnd, straightenFactor, pathLength)
`).concat(Yt,`

void main() {
  // Fetch edge data from edge texture (2 texels per edge)
  // Texel 0: sourceNodeIndex, targetNodeIndex, thickness, reserved
  // Texel 1: headLengthRatio, tailLengthRatio, pathId, (headId << 4) | tailId
  int edgeIdx = int(a_edgeIndex);

  // Hidden edges are flagged with a negative row by EdgeProgram.process(). Push
  // the whole primitive outside the clip volume: every vertex lands at the same
  // out-of-range position, so it is fully clipped and rasterizes nothing —
  // neither to the frame buffer nor to the picking buffer.
  if (edgeIdx < 0) {
    gl_Position = vec4(2.0, 0.0, 0.0, 1.0);
    v_color = vec4(0.0);
    v_id = vec4(0.0);
    return;
  }

  int texel0Idx = edgeIdx * 2;
  int texel1Idx = edgeIdx * 2 + 1;
  ivec2 edgeTexCoord0 = ivec2(texel0Idx % u_edgeDataTextureWidth, texel0Idx / u_edgeDataTextureWidth);
  ivec2 edgeTexCoord1 = ivec2(texel1Idx % u_edgeDataTextureWidth, texel1Idx / u_edgeDataTextureWidth);
  vec4 edgeData0 = texelFetch(u_edgeDataTexture, edgeTexCoord0, 0);
  vec4 edgeData1 = texelFetch(u_edgeDataTexture, edgeTexCoord1, 0);

  // Unpack edge data
  int srcIdx = int(edgeData0.x);
  int tgtIdx = int(edgeData0.y);
  float a_thickness = edgeData0.z;
  // edgeData0.w is now reserved (curvature moved to path attribute texture)
  float a_headLengthRatio = edgeData1.x;
  float a_tailLengthRatio = edgeData1.y;
  int pathId = int(edgeData1.z);
  int extremityPacked = int(edgeData1.w);
  int headId = extremityPacked >> 4;
  int tailId = extremityPacked & 15;

  // Fetch path/layer attributes from edge attribute texture
`).concat(i.fetchCode,`

  // Assign path/layer attribute varyings
`).concat(i.varyingAssignments,`

  // Fetch source and target node geometry (texel 0 of the two-texel node stride)
  vec4 srcNodeData = readNodeData(u_nodeDataTexture, u_nodeDataTextureWidth, srcIdx);
  vec4 tgtNodeData = readNodeData(u_nodeDataTexture, u_nodeDataTextureWidth, tgtIdx);

  vec2 a_source = srcNodeData.xy;
  vec2 a_target = tgtNodeData.xy;
`).concat(g?`
  // Assign node size varyings early (path functions like loops need them during clamping)
  v_sourceNodeSize = srcNodeData.z;
  v_targetNodeSize = tgtNodeData.z;`:"",`
`).concat(f?`
  v_sourceColor = readNodeColor(u_nodeDataTexture, u_nodeDataTextureWidth, srcIdx);
  v_targetColor = readNodeColor(u_nodeDataTexture, u_nodeDataTextureWidth, tgtIdx);`:"",`

  // Convert thickness to WebGL units
  float minThickness = u_minEdgeThickness;
  float pixelsThickness = max(a_thickness, minThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;

  // Extremity parameters from ID lookups (shared pool)
  float headLengthRatio = a_headLengthRatio;
  float tailLengthRatio = a_tailLengthRatio;
  float headWidthFactor = EXTREMITY_WIDTH_FACTORS[headId];
  float tailWidthFactor = EXTREMITY_WIDTH_FACTORS[tailId];
  float minBodyLengthRatio = `).concat(fe(c),`;

  // Per-edge values from the frame-pass texture (read by edge index).
  // tStart/tEnd are the ungated boundary clamps: re-apply the body's extremity
  // gating here (no extremity → body runs to the node center, 0/1).
  vec4 frameClamp = readFrameTexel(u_edgeFrameTexture, u_edgeFrameTextureWidth, edgeIdx);
  float tStart           = a_tailLengthRatio > 0.0 ? frameClamp.x : 0.0;
  float tEnd             = a_headLengthRatio > 0.0 ? frameClamp.y : 1.0;
  float straightenFactor = frameClamp.z;
  float pathLength       = frameClamp.w;

  // Anti-aliasing width (~1 pixel, normalized by thickness)
  float antialiasingWidth = u_correctionRatio / webGLThickness;

  float visibleLength = pathLength * (tEnd - tStart);

  // Compute extremity lengths in world units
  float headLength = headLengthRatio * webGLThickness;
  float tailLength = tailLengthRatio * webGLThickness;
  float minBodyLength = minBodyLengthRatio * webGLThickness;

  // Handle short edges: scale down extremities if needed
  float totalNeededLength = headLength + tailLength + minBodyLength;
  float extremityScale = 1.0;
  if (totalNeededLength > visibleLength && totalNeededLength > 0.0001) {
    extremityScale = visibleLength / totalNeededLength;
    headLength *= extremityScale;
    tailLength *= extremityScale;
  }

  // Convert lengths to t-values
  float headLengthT = pathLength > 0.0001 ? headLength / pathLength : 0.0;
  float tailLengthT = pathLength > 0.0001 ? tailLength / pathLength : 0.0;

  // Zone boundaries in t-space
  float tTailEnd = tStart + tailLengthT;
  float tHeadStart = tEnd - headLengthT;

  // Ensure body has non-negative length
  if (tTailEnd > tHeadStart) {
    float mid = (tStart + tEnd) * 0.5;
    tTailEnd = mid;
    tHeadStart = mid;
  }

  // Convert to webGL units for geometry expansion
  float aaWidthWebGL = antialiasingWidth * webGLThickness;

  // Extra geometry width for picking padding (0 in visual mode)
  #ifdef PICKING_MODE
    float pickingPaddingWebGL = u_pickingPadding * u_correctionRatio;
  #else
    float pickingPaddingWebGL = 0.0;
  #endif

  // Straight-line direction and normal (for blending when straightenFactor > 0)
  vec2 straightDir = length(a_target - a_source) > 0.0001
    ? normalize(a_target - a_source) : vec2(1.0, 0.0);
  vec2 straightNormal = vec2(-straightDir.y, straightDir.x);

  // Zone-based vertex processing using path selectors
  vec2 position;
  vec2 normal;
  float t;
  float zone = a_zone;
  float zoneT = a_zoneT;
  float side = a_side;

  // Scaled extremity width factors (geometry must be at least as wide as body)
  float scaledTailWidth = max(tailWidthFactor * extremityScale, 1.0);
  float scaledHeadWidth = max(headWidthFactor * extremityScale, 1.0);

  if (zone < 0.5) {
    // TAIL ZONE: rectangular quad with scaled width
    vec2 tang = queryPathTangent(pathId, tTailEnd, a_source, a_target);
    normal = vec2(-tang.y, tang.x);
    vec2 centerPos = mix(queryPathPosition(pathId, tStart, a_source, a_target),
                         queryPathPosition(pathId, tTailEnd, a_source, a_target), zoneT);
    float halfWidth = webGLThickness * scaledTailWidth * 0.5 + aaWidthWebGL + pickingPaddingWebGL;
    position = centerPos + normal * side * halfWidth;
    t = mix(tStart, tTailEnd, zoneT);

  } else if (zone < 1.5) {
    // BODY ZONE: follows path curvature with width = 1.0
    t = mix(tTailEnd, tHeadStart, zoneT);
    normal = queryPathNormal(pathId, t, a_source, a_target);
    float halfWidth = webGLThickness * 0.5 + aaWidthWebGL + pickingPaddingWebGL;
    position = queryPathPosition(pathId, t, a_source, a_target) + normal * side * halfWidth;

  } else {
    // HEAD ZONE: rectangular quad with scaled width
    vec2 tang = queryPathTangent(pathId, tHeadStart, a_source, a_target);
    normal = vec2(-tang.y, tang.x);
    vec2 centerPos = mix(queryPathPosition(pathId, tHeadStart, a_source, a_target),
                         queryPathPosition(pathId, tEnd, a_source, a_target), zoneT);
    float halfWidth = webGLThickness * scaledHeadWidth * 0.5 + aaWidthWebGL + pickingPaddingWebGL;
    position = centerPos + normal * side * halfWidth;
    t = mix(tHeadStart, tEnd, zoneT);
  }

  // Blend toward straight line based on path twist in extremity zones
  if (straightenFactor > 0.001) {
    float zoneWidth = zone < 0.5 ? webGLThickness * scaledTailWidth * 0.5 + aaWidthWebGL + pickingPaddingWebGL :
                      zone < 1.5 ? webGLThickness * 0.5 + aaWidthWebGL + pickingPaddingWebGL :
                      webGLThickness * scaledHeadWidth * 0.5 + aaWidthWebGL + pickingPaddingWebGL;
    vec2 straightPos = mix(a_source, a_target, t) + straightNormal * side * zoneWidth;
    position = mix(position, straightPos, straightenFactor);
  }

  gl_Position = vec4((u_matrix * vec3(position, 1.0)).xy, 0.0, 1.0);

  // Pass varyings to fragment shader
  v_color = a_color;
  v_color.a *= bias;
  v_opacity = a_opacity;
  v_id = a_id;
  v_thickness = webGLThickness;
  v_t = t;
  v_tStart = tStart;
  v_tEnd = tEnd;
  v_side = side;
  v_antialiasingWidth = antialiasingWidth;
  v_source = a_source;
  v_target = a_target;
  v_edgeLength = pathLength;

  // Zone varyings
  v_zone = zone;
  v_zoneT = zoneT;
  v_headLengthRatio = headLengthRatio * extremityScale;
  v_tailLengthRatio = tailLengthRatio * extremityScale;
  // Scale extremity width proportionally with length when crushed
  v_headWidthRatio = headWidthFactor * extremityScale;
  v_tailWidthRatio = tailWidthFactor * extremityScale;

  // Multi-path varyings
  v_pathId = pathId;
  v_headId = headId;
  v_tailId = tailId;
}
`);return p}function vh(a,t,e,n){var r=We([].concat(Q(a),Q(e))),i=Tn(r),o=new Set(["u_matrix","u_sizeRatio","u_correctionRatio","u_zoomRatio","u_pixelRatio","u_cameraAngle","u_minEdgeThickness","u_pickingPadding"]),s=new Set,l=[],u=function(y){!o.has(y.name)&&!s.has(y.name)&&(s.add(y.name),l.push("uniform ".concat(y.type," ").concat(y.name,";")))};a.forEach(function(m){return m.uniforms.forEach(u)}),t.forEach(function(m){return m.uniforms.forEach(u)}),e.forEach(function(m){return m.uniforms.forEach(u)});var d=t.map(function(m){var y;return fe((y=m.baseRatio)!==null&&y!==void 0?y:.5)}).join(", "),h=function(y){var _,x;return t.length>1?"EXTREMITY_BASE_RATIOS[".concat(y,"]"):fe((_=(x=t[0])===null||x===void 0?void 0:x.baseRatio)!==null&&_!==void 0?_:.5)},c=t.some(function(m){return rt(m.length)?!0:m.length>0}),f=e.some(function(m){return m.needsNodeColors}),g=a.some(function(m){return m.needsNodeSize}),p=e.map(function(m,y){return"  // Layer ".concat(y+1,": ").concat(m.name,`
  color = blendOver(color, layer_`).concat(m.name,"(context));")}).join(`

`),v=`#version 300 es
precision highp float;

// Standard varyings
in vec4 v_color;
in float v_opacity;
in vec4 v_id;
in float v_thickness;       // Edge body thickness
in float v_t;
in float v_tStart;
in float v_tEnd;
in float v_side;
in float v_antialiasingWidth;  // Anti-aliasing width (normalized: u_correctionRatio / thickness)
in vec2 v_source;
in vec2 v_target;
in float v_edgeLength;
`.concat(g?`
in float v_sourceNodeSize;   // Source node size (mirrored in labels/generator.ts as plain float)
in float v_targetNodeSize;   // Target node size (mirrored in labels/generator.ts as plain float)`:"",`
`).concat(f?`
in vec4 v_sourceColor;
in vec4 v_targetColor;`:"",`
// Zone varyings
in float v_zone;            // 0=tail, 1=body, 2=head
in float v_zoneT;           // Position within zone [0,1]
in float v_headLengthRatio; // Head length as ratio of thickness (scaled for short edges)
in float v_tailLengthRatio; // Tail length as ratio of thickness (scaled for short edges)
in float v_headWidthRatio;  // Head width factor
in float v_tailWidthRatio;  // Tail width factor

// Multi-path/extremity varyings
flat in int v_pathId;
flat in int v_headId;
flat in int v_tailId;

// Path/layer attribute varyings (from vertex shader texture fetch)
`).concat(i.fragmentVaryingDeclarations,`

// Standard uniforms (needed by some path types)
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_cameraAngle;
#ifdef PICKING_MODE
uniform float u_pickingPadding;
#endif

// Custom uniforms
`).concat(l.join(`
`),`

// Fragment output (single target - picking handled via separate pass)
out vec4 fragColor;

`).concat(t.length>1?`// Base ratio array for extremities (shared pool for head/tail)
const float EXTREMITY_BASE_RATIOS[`.concat(t.length,"] = float[](").concat(d,");"):"",`

// EdgeContext struct
struct EdgeContext {
  float t;                   // Position along path [0, 1]
  float sdf;                 // Signed distance from centerline
  vec2 position;             // World position
  vec2 tangent;              // Path tangent
  vec2 normal;               // Path normal
  float thickness;           // Edge thickness
  float aaWidth;             // Anti-aliasing width
  float edgeLength;          // Total path length
  float tStart;              // Clamped start t
  float tEnd;                // Clamped end t
  float distanceFromSource;  // Arc distance from source
  float distanceToTarget;    // Arc distance to target
};

EdgeContext context;

// Alpha "over" compositing for layer blending
vec4 blendOver(vec4 bg, vec4 fg) {
  float a = fg.a;
  return vec4(mix(bg.rgb, fg.rgb, a), bg.a + a * (1.0 - bg.a));
}

// All path functions
`).concat(Pa(a),`

// Path selector functions
`).concat(Ia(a),`

// All extremity functions
`).concat(uh(t),`

// Extremity SDF selector (shared pool for head/tail)
`).concat(ch(t),`

// Layer functions
`).concat(e.map(function(m){return m.glsl}).join(`

`),`

// Helper: Compute arc length using path selector
float computeArcLengthMulti(int pathId, float t0, float t1, vec2 source, vec2 target, int samples) {
  float arcLen = 0.0;
  vec2 prev = queryPathPosition(pathId, t0, source, target);
  for (int i = 1; i <= samples; i++) {
    float t = t0 + (t1 - t0) * float(i) / float(samples);
    vec2 curr = queryPathPosition(pathId, t, source, target);
    arcLen += length(curr - prev);
    prev = curr;
  }
  return arcLen;
}

void main() {
  // Compute normalized t within visible edge (0 = start, 1 = end)
  float tNorm = (v_t - v_tStart) / max(v_tEnd - v_tStart, 0.0001);

  // Edge body half-thickness
  float halfThickness = v_thickness * 0.5;

  // Convert normalized AA width to webGL units (~1 pixel)
  float aaWidthWebGL = v_antialiasingWidth * v_thickness;

  // Distance from centerline based on v_side interpolation
  float zoneWidthFactor = v_zone < 0.5 ? v_tailWidthRatio :
                          v_zone < 1.5 ? 1.0 :
                          v_headWidthRatio;
  // In PICKING_MODE, inflate halfGeometryWidth to match the inflated vertex geometry
  #ifdef PICKING_MODE
    float halfGeometryWidth = halfThickness * zoneWidthFactor + aaWidthWebGL + u_pickingPadding * aaWidthWebGL;
  #else
    float halfGeometryWidth = halfThickness * zoneWidthFactor + aaWidthWebGL;
  #endif
  float distFromCenter = abs(v_side) * halfGeometryWidth;

  // Populate EdgeContext (for layer functions)
  context.t = tNorm;
  context.sdf = distFromCenter - halfThickness;
  context.position = queryPathPosition(v_pathId, v_t, v_source, v_target);
  context.tangent = queryPathTangent(v_pathId, v_t, v_source, v_target);
  context.normal = vec2(-context.tangent.y, context.tangent.x);
  context.thickness = v_thickness;
  context.aaWidth = aaWidthWebGL;
  context.edgeLength = v_edgeLength;
  context.tStart = v_tStart;
  context.tEnd = v_tEnd;

  // Compute arc distances
  float visibleLength = v_edgeLength * (v_tEnd - v_tStart);
  float pathT = v_t;
  float pathTNorm = tNorm;
`).concat(a.every(function(m){return m.linearParameterization})?`  // All paths have linear parameterization: t maps directly to arc distance
  context.distanceFromSource = pathTNorm * visibleLength;
  context.distanceToTarget = (1.0 - pathTNorm) * visibleLength;`:a.every(function(m){return!m.linearParameterization})?`  // No paths have linear parameterization: use numerical integration
  context.distanceFromSource = computeArcLengthMulti(v_pathId, v_tStart, pathT, v_source, v_target, 16);
  context.distanceToTarget = computeArcLengthMulti(v_pathId, pathT, v_tEnd, v_source, v_target, 16);`:`  // Mixed parameterization: use analytical for linear paths, numerical for others
  if (`.concat(a.filter(function(m){return m.linearParameterization}).map(function(m){return"v_pathId == ".concat(a.indexOf(m))}).join(" || "),`) {
    context.distanceFromSource = pathTNorm * visibleLength;
    context.distanceToTarget = (1.0 - pathTNorm) * visibleLength;
  } else {
    context.distanceFromSource = computeArcLengthMulti(v_pathId, v_tStart, pathT, v_source, v_target, 16);
    context.distanceToTarget = computeArcLengthMulti(v_pathId, pathT, v_tEnd, v_source, v_target, 16);
  }`),`

  // Compute SDF based on zone using extremity selector (shared pool)
  float bodySDF = distFromCenter - halfThickness;
  float finalSDF;

`).concat(c?`  // Base ratios, from baseRatioLookup
  float headBaseRatio = `.concat(h("v_headId"),`;
  float tailBaseRatio = `).concat(h("v_tailId"),`;

  if (v_zone < 0.5) {
    // TAIL ZONE: v_zoneT goes 0 (tip) to 1 (base)
    vec2 uv = vec2((1.0 - v_zoneT) * v_tailLengthRatio, v_side * v_tailWidthRatio * 0.5);
    float tailSDF = queryExtremitySDF(v_tailId, uv, v_tailLengthRatio, v_tailWidthRatio) * v_thickness;

    // Apply union only near base (v_zoneT > 1 - baseRatio)
    if (v_zoneT > 1.0 - tailBaseRatio) {
      finalSDF = min(tailSDF, bodySDF);
    } else {
      finalSDF = tailSDF;
    }
  } else if (v_zone < 1.5) {
    // BODY ZONE: distance from centerline
    finalSDF = bodySDF;
  } else {
    // HEAD ZONE: v_zoneT goes 0 (base) to 1 (tip)
    vec2 uv = vec2(v_zoneT * v_headLengthRatio, v_side * v_headWidthRatio * 0.5);
    float headSDF = queryExtremitySDF(v_headId, uv, v_headLengthRatio, v_headWidthRatio) * v_thickness;

    // Apply union only near base (v_zoneT < baseRatio)
    if (v_zoneT < headBaseRatio) {
      finalSDF = min(headSDF, bodySDF);
    } else {
      finalSDF = headSDF;
    }
  }`):`  // No extremity draws tail/head geometry, so every vertex is body zone.
  finalSDF = bodySDF;`,`

  #ifdef PICKING_MODE
    // Picking pass: output edge ID for pixels within the picking area
    if (finalSDF > u_pickingPadding * aaWidthWebGL) discard;
    fragColor = v_id;
  #else
`).concat(n?`    // Visual pass: anti-aliased edge with layers, edge opacity applied once
    float alpha = smoothstep(aaWidthWebGL, -aaWidthWebGL, finalSDF) * v_opacity;`:`    // Visual pass: hard-edged (no anti-aliasing gradient) edge with layers, edge opacity applied once
    float alpha = (finalSDF < 0.0 ? 1.0 : 0.0) * v_opacity;`,`
    if (alpha < 0.01) discard;

    // Apply layers sequentially with "over" compositing
    vec4 color = vec4(0.0);

`).concat(p,`

    // Mix with transparent to fade both color AND alpha (pre-multiplied alpha for correct blending)
    fragColor = mix(vec4(0.0), color, alpha);
  #endif
}
`);return v}function yh(a,t,e){var n=rt(t.length)?!0:t.length>0,r=rt(e.length)?!0:e.length>0;if(a.generateConstantData){var i=a.generateConstantData();return{data:i.data,attributes:i.attributes,verticesPerEdge:i.verticesPerEdge}}return ph(a.segments,n,r)}function fi(a){var t,e=ms(a),n=e.paths,r=e.extremities,i=e.layers,o=(t=a.antialias)!==null&&t!==void 0?t:!0,s=new Map,l=new Map,u=new Map,d=O(n),h;try{for(d.s();!(h=d.n()).done;){var c=h.value,f=O(r),g;try{for(f.s();!(g=f.n()).done;){var p=g.value,v=O(r),m;try{for(v.s();!(m=v.n()).done;){var y=m.value,_="".concat(c.name,":").concat(p.name,":").concat(y.name),x=yh(c,p,y);s.set(_,x.verticesPerEdge),l.set(_,x.data);var b=O(x.attributes),T;try{for(b.s();!(T=b.n()).done;){var S=T.value;u.has(S.name)||u.set(S.name,S)}}catch(K){b.e(K)}finally{b.f()}}}catch(K){v.e(K)}finally{v.f()}}}catch(K){f.e(K)}finally{f.f()}}}catch(K){d.e(K)}finally{d.f()}var w=Array.from(u.values()),k={};w.forEach(function(K,j){k[K.name]=j});var A=0,L="",C=O(s),E;try{for(C.s();!(E=C.n()).done;){var G=le(E.value,2),z=G[0],P=G[1];P>A&&(A=P,L=z)}}catch(K){C.e(K)}finally{C.f()}var D=l.get(L)||[],F=L.split(":"),N=le(F,1),M=N[0],q=n.find(function(K){return K.name===M}),W=[];q!=null&&q.generateConstantData?W=q.generateConstantData().attributes:W=[{name:"a_zone"},{name:"a_zoneT"},{name:"a_side"}];var $=D.map(function(K){var j=new Array(w.length).fill(0);return W.forEach(function(ce,ie){var ue=k[ce.name];ue!==void 0&&ie<K.length&&(j[ue]=K[ie])}),j});return{vertexShader:mh(n,r,i,w),fragmentShader:vh(n,r,i,o),uniforms:lh(n,r,i),attributes:bh(),verticesPerEdge:A,constantData:$,constantAttributes:w,vertexCountsPerCombination:s,constantDataPerCombination:l}}function bh(a,t,e){return[{name:"a_edgeIndex",size:1,type:gn},{name:"a_color",size:4,type:hi,normalized:!0},{name:"a_id",size:4,type:hi,normalized:!0},{name:"a_opacity",size:1,type:gn}]}var xh=`#version 300 es
precision highp float;

in vec4 v_clamp;

// RGBA32F target: stores (tStart, tEnd, straightenFactor, pathLength).
out vec4 fragColor;

void main() {
  fragColor = v_clamp;
}
`,_h=(function(){function a(t,e){ne(this,a),I(this,"uniformLocations",{});var n=e.paths,r=e.extremities,i=e.layers,o=e.nodeShapes,s=e.nodeLayers;this.gl=t,this.hasAttributeData=We([].concat(Q(n),Q(i))).floatsPerItem>0,this.hasNodeAttributeData=Object.keys(Zt(o,s).offsets).length>0,this.vertexShader=Ea(t,gh(n,r,i,o,s)),this.fragmentShader=wa(t,xh),this.program=ka(t,[this.vertexShader,this.fragmentShader]);var l=new Set;this.customUniforms=[];for(var u=0,d=[].concat(Q(n),Q(r));u<d.length;u++){var h=d[u],c=O(h.uniforms),f;try{for(c.s();!(f=c.n()).done;){var g=f.value;l.has(g.name)||(l.add(g.name),this.customUniforms.push(g))}}catch(_){c.e(_)}finally{c.f()}}var p=["u_sizeRatio","u_correctionRatio","u_cameraAngle","u_minEdgeThickness","u_nodeDataTexture","u_nodeDataTextureWidth","u_edgeDataTexture","u_edgeDataTextureWidth","u_edgeAttributeTexture","u_edgeAttributeTextureWidth","u_edgeAttributeTexelsPerEdge","u_layerAttributeTexture","u_layerAttributeTextureWidth","u_layerAttributeTexelsPerNode","u_frameTextureWidth","u_frameTextureHeight"].concat(Q(this.customUniforms.map(function(_){return _.name}))),v=O(p),m;try{for(v.s();!(m=v.n()).done;){var y=m.value;this.uniformLocations[y]=t.getUniformLocation(this.program,y)}}catch(_){v.e(_)}finally{v.f()}this.vao=t.createVertexArray()}return re(a,[{key:"run",value:function(e,n,r,i,o){if(r!==0){var s=this.gl,l=this.uniformLocations;s.useProgram(this.program),s.bindVertexArray(this.vao),l.u_sizeRatio&&s.uniform1f(l.u_sizeRatio,e.sizeRatio),l.u_correctionRatio&&s.uniform1f(l.u_correctionRatio,e.correctionRatio),l.u_cameraAngle&&s.uniform1f(l.u_cameraAngle,e.cameraAngle),l.u_minEdgeThickness&&s.uniform1f(l.u_minEdgeThickness,e.minEdgeThickness),l.u_nodeDataTexture&&s.uniform1i(l.u_nodeDataTexture,e.nodeDataTextureUnit),l.u_nodeDataTextureWidth&&s.uniform1i(l.u_nodeDataTextureWidth,e.nodeDataTextureWidth),l.u_edgeDataTexture&&s.uniform1i(l.u_edgeDataTexture,e.edgeDataTextureUnit),l.u_edgeDataTextureWidth&&s.uniform1i(l.u_edgeDataTextureWidth,e.edgeDataTextureWidth),l.u_frameTextureWidth&&s.uniform1f(l.u_frameTextureWidth,n.getTextureWidth()),l.u_frameTextureHeight&&s.uniform1f(l.u_frameTextureHeight,n.getTextureHeight()),this.hasAttributeData&&i&&(i.bind(ct),l.u_edgeAttributeTexture&&s.uniform1i(l.u_edgeAttributeTexture,ct),l.u_edgeAttributeTextureWidth&&s.uniform1i(l.u_edgeAttributeTextureWidth,i.getTextureWidth()),l.u_edgeAttributeTexelsPerEdge&&s.uniform1i(l.u_edgeAttributeTexelsPerEdge,i.getTexelsPerItem())),this.hasNodeAttributeData&&o&&(o.bind(ht),l.u_layerAttributeTexture&&s.uniform1i(l.u_layerAttributeTexture,ht),l.u_layerAttributeTextureWidth&&s.uniform1i(l.u_layerAttributeTextureWidth,o.getTextureWidth()),l.u_layerAttributeTexelsPerNode&&s.uniform1i(l.u_layerAttributeTexelsPerNode,o.getTexelsPerItem()));var u=O(this.customUniforms),d;try{for(u.s();!(d=u.n()).done;){var h=d.value;Ca(s,this.uniformLocations[h.name],h)}}catch(c){u.e(c)}finally{u.f()}n.bindAsRenderTarget(),s.disable(s.BLEND),s.disable(s.DEPTH_TEST),s.drawArrays(s.POINTS,0,r),s.bindFramebuffer(s.FRAMEBUFFER,null),s.bindVertexArray(null)}}},{key:"kill",value:function(){var e=this.gl;e.deleteProgram(this.program),e.deleteShader(this.vertexShader),e.deleteShader(this.fragmentShader),e.deleteVertexArray(this.vao)}}])})();function rn(a,t,e,n,r,i){if(a.length===1)return"".concat(n," ").concat(t,"(int pathId, ").concat(r,`) {
  return path_`).concat(a[0].name,"_").concat(e,"(").concat(i,`);
}`);var o=a.map(function(s,l){return"    case ".concat(l,": return path_").concat(s.name,"_").concat(e,"(").concat(i,");")}).join(`
`);return"".concat(n," ").concat(t,"(int pathId, ").concat(r,`) {
  switch (pathId) {
`).concat(o,`
    default: return path_`).concat(a[0].name,"_").concat(e,"(").concat(i,`);
  }
}`)}var Sh=`
vec3 computeEdgeLabelBodyBounds(
  float tStart, float tEnd, float pathLength,
  float webGLThickness, float headLengthRatio, float tailLengthRatio
) {
  float visibleLength = pathLength * (tEnd - tStart);

  float headLength = headLengthRatio * webGLThickness;
  float tailLength = tailLengthRatio * webGLThickness;
  float totalNeededLength = headLength + tailLength;
  if (totalNeededLength > visibleLength && totalNeededLength > 0.0001) {
    float extremityScale = visibleLength / totalNeededLength;
    headLength *= extremityScale;
    tailLength *= extremityScale;
  }

  float bodyStartDist = tStart * pathLength + tailLength;
  float bodyEndDist = tEnd * pathLength - headLength;
  return vec3(bodyStartDist, bodyEndDist, max(bodyEndDist - bodyStartDist, 0.0));
}
`;function Th(a,t){var e=fe(a),n=fe(t);return`
float computeEdgeLabelAlpha(float bodyLength, float textWidthWebGL) {
  float ratio = textWidthWebGL > 0.0001 ? min(bodyLength / textWidthWebGL, 1.0) : 1.0;
  if (ratio < `.concat(e,`) return 0.0;
  if (ratio < `).concat(n,") return (ratio - ").concat(e,") / (").concat(n," - ").concat(e,`);
  return 1.0;
}
`)}var Eh=`
float computeEdgeLabelScreenDir(int pathId, float t, vec2 source, vec2 target, mat3 matrix) {
  vec2 tangent = queryPathTangent(pathId, t, source, target);
  return (matrix * vec3(tangent, 0.0)).x < 0.0 ? -1.0 : 1.0;
}
`,wh=`
float computeEdgeLabelPerpOffset(
  float positionMode,
  float halfThickness, float marginWebGL, float halfTextHeight,
  float readingSign, float screenDir
) {
  float magnitude = halfThickness + marginWebGL + halfTextHeight;
  if (positionMode == 1.0) return magnitude * readingSign;
  if (positionMode == 2.0) return -magnitude * readingSign;
  if (positionMode == 3.0) return magnitude * screenDir;
  return 0.0;
}
`;function ys(a){var t=a.paths,e=a.minVisibilityThreshold,n=a.fullVisibilityThreshold,r=t.some(function(s){return s.hasSharpCorners}),i=t.map(function(s){return"// --- Path: ".concat(s.name,` ---
`).concat(s.glsl,`

// Tangent/normal functions: analytical if provided, otherwise numerical
`).concat(s.analyticalTangentGlsl||gs(s.name),`

// Auto-generated fallbacks for any missing path functions
`).concat(ps(s.name,s.glsl),`

// Corner skip helpers (for paths with sharp corners like step/taxi)
`).concat(s.cornerSkipGlsl||"",`
`)}).join(`
`),o=r?`// Corner function selectors (only some paths have sharp corners)
vec2 queryGetCornerTs(int pathId, vec2 source, vec2 target) {
  switch (pathId) {
`.concat(t.map(function(s,l){return s.hasSharpCorners?"    case ".concat(l,": return path_").concat(s.name,"_getCornerTs(source, target);"):"    case ".concat(l,": return vec2(-1.0, -1.0); // No corners for ").concat(s.name)}).join(`
`),`
    default: return vec2(-1.0, -1.0);
  }
}

vec2 queryGetCornerConcavity(int pathId, vec2 source, vec2 target, float perpOffset) {
  switch (pathId) {
`).concat(t.map(function(s,l){return s.hasSharpCorners?"    case ".concat(l,": return path_").concat(s.name,"_getCornerConcavity(source, target, perpOffset);"):"    case ".concat(l,": return vec2(0.0, 0.0); // No corners for ").concat(s.name)}).join(`
`),`
    default: return vec2(0.0, 0.0);
  }
}`):"";return`
// ============================================================================
// Node data fetch (geometry texel) and per-edge clamp fetch (edge-frame texture)
// ============================================================================

`.concat(ot,`
`).concat(Yt,`

// ============================================================================
// Path Functions (one block per path)
// ============================================================================

`).concat(i,`

// ============================================================================
// Path Query Selectors (dispatch by pathId)
// ============================================================================

`).concat(rn(t,"queryPathPosition","position","vec2","float t, vec2 source, vec2 target","t, source, target"),`

`).concat(rn(t,"queryPathTangent","tangent","vec2","float t, vec2 source, vec2 target","t, source, target"),`

`).concat(rn(t,"queryPathNormal","normal","vec2","float t, vec2 source, vec2 target","t, source, target"),`

`).concat(rn(t,"queryPathLength","length","float","vec2 source, vec2 target","source, target"),`

`).concat(rn(t,"queryPathTAtDistance","t_at_distance","float","float dist, vec2 source, vec2 target","dist, source, target"),`

`).concat(o,`

// ============================================================================
// Shared helpers (body bounds, alpha ramp, screen direction, perpendicular offset)
// ============================================================================

`).concat(Sh,`
`).concat(Th(e,n),`
`).concat(Eh,`
`).concat(wh,`
`)}var kh=Qe.fontSize,Rh=new Map,bs=24,gi=(bs+1)*2;function Ah(a){var t=a.paths,e=a.fontSizeMode,n=a.headLengthRatio,r=a.tailLengthRatio,i=a.minVisibilityThreshold,o=a.fullVisibilityThreshold,s=a.keepUpright,l=e==="scaled",u=Xt(),d=We([].concat(Q(t),[u])),h=Tn(d),c=`#version 300 es

// Per-instance attributes
in float a_edgeIndex;
in float a_edgeAttrIndex;
in float a_baseFontSize;
in float a_totalTextWidth;
in float a_positionMode;
in float a_margin;
in float a_padding;
in vec4 a_color;
in vec4 a_id;

// Per-vertex (constant) attribute: strip vertex index
in float a_vertexIndex;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_pixelRatio;
uniform float u_cameraAngle;
uniform vec2 u_resolution;
uniform sampler2D u_nodeDataTexture;
uniform int u_nodeDataTextureWidth;
uniform sampler2D u_edgeDataTexture;
uniform int u_edgeDataTextureWidth;
uniform sampler2D u_edgeFrameTexture; // Per-edge clamp (tStart, tEnd, straightenFactor, pathLength)
uniform int u_edgeFrameTextureWidth;
`.concat(l?"uniform float u_zoomSizeRatio;":"",`

`).concat(h.uniformDeclarations,`

out vec4 v_color;
out vec4 v_id;
out float v_alphaModifier;

const float ATLAS_FONT_SIZE = `).concat(fe(kh),`;
const float HEAD_RATIO = `).concat(fe(n),`;
const float TAIL_RATIO = `).concat(fe(r),`;
const int RIBBON_SEGMENTS = `).concat(bs,`;

// Path attribute varyings (declared as plain locals since this shader has no FS inputs for them)
`).concat(h.vertexVaryingDeclarations.replace(/out /g,""),`

// Node size variables used by some path functions (self-loops, etc.)
float v_sourceNodeSize;
float v_targetNodeSize;

// Shared preamble: shape SDFs, path functions + selectors, clamp, helpers.
`).concat(ys({paths:t,minVisibilityThreshold:i,fullVisibilityThreshold:o}),`

void main() {
  int vIdx = int(a_vertexIndex);
  int pairIdx = vIdx / 2;
  int side = vIdx - pairIdx * 2; // 0 = left/bottom, 1 = right/top

  // --- Fetch edge data (2 texels per edge) ---
  int edgeIdx = int(a_edgeIndex);
  int texel0Idx = edgeIdx * 2;
  int texel1Idx = edgeIdx * 2 + 1;
  ivec2 e0 = ivec2(texel0Idx % u_edgeDataTextureWidth, texel0Idx / u_edgeDataTextureWidth);
  ivec2 e1 = ivec2(texel1Idx % u_edgeDataTextureWidth, texel1Idx / u_edgeDataTextureWidth);
  vec4 edgeData0 = texelFetch(u_edgeDataTexture, e0, 0);
  vec4 edgeData1 = texelFetch(u_edgeDataTexture, e1, 0);

  int srcIdx = int(edgeData0.x);
  int tgtIdx = int(edgeData0.y);
  float thickness = edgeData0.z;
  int pathId = int(edgeData1.z);

  // --- Fetch path attributes (curvature, etc.) ---
  {
    int edgeIdx = int(a_edgeAttrIndex);
`).concat(h.fetchCode,`
`).concat(h.varyingAssignments,`
  }

  // --- Fetch node data: geometry (texel 0) + rotation flags (texel 1) ---
  vec4 srcN = readNodeData(u_nodeDataTexture, u_nodeDataTextureWidth, srcIdx);
  vec4 tgtN = readNodeData(u_nodeDataTexture, u_nodeDataTextureWidth, tgtIdx);

  vec2 source = srcN.xy;
  vec2 target = tgtN.xy;
  float sourceSize = srcN.z;
  float targetSize = tgtN.z;
  v_sourceNodeSize = sourceSize;
  v_targetNodeSize = targetSize;

  // --- Pixel-to-graph conversion (fixed font mode) ---
  float matrixScaleX = length(vec2(u_matrix[0][0], u_matrix[1][0]));
  float pixelToGraph = 2.0 / (matrixScaleX * u_resolution.x);

  float webGLThickness = thickness * u_correctionRatio / u_sizeRatio;

  // --- Body bounds (shared with edge label shader) ---
  vec4 edgeClamp = readFrameTexel(u_edgeFrameTexture, u_edgeFrameTextureWidth, edgeIdx);
  vec3 bodyBounds = computeEdgeLabelBodyBounds(
    edgeClamp.x, edgeClamp.y, edgeClamp.w,
    webGLThickness, HEAD_RATIO, TAIL_RATIO
  );
  float bodyStartDist = bodyBounds.x;
  float bodyEndDist = bodyBounds.y;
  float bodyLength = bodyBounds.z;

  // --- Text dimensions ---
  float baseFontSize = a_baseFontSize;
  `).concat(l?`float fontScale = baseFontSize / ATLAS_FONT_SIZE * u_zoomSizeRatio;
  float textWidthWebGL = a_totalTextWidth * fontScale * u_correctionRatio / u_sizeRatio;
  float halfTextHeight = baseFontSize * 0.35 * u_zoomSizeRatio * u_correctionRatio / u_sizeRatio;
  float marginWebGL = a_margin * u_zoomSizeRatio * u_correctionRatio / u_sizeRatio;`:`float fontScale = baseFontSize / ATLAS_FONT_SIZE;
  float textWidthWebGL = a_totalTextWidth * fontScale * pixelToGraph;
  float halfTextHeight = baseFontSize * 0.35 * pixelToGraph;
  float marginWebGL = a_margin * pixelToGraph;`,`
  float paddingWebGL = a_padding * pixelToGraph;

  // --- Alpha modifier (shared with edge label shader) ---
  float alphaModifier = computeEdgeLabelAlpha(bodyLength, textWidthWebGL);
  if (alphaModifier <= 0.0 || textWidthWebGL <= 0.0) {
    gl_Position = vec4(2.0, 0.0, 0.0, 1.0);
    v_color = vec4(0.0);
    v_id = vec4(0.0);
    v_alphaModifier = 0.0;
    return;
  }

  // --- Perpendicular offset (shared with edge label shader) ---
  float bodyCenterDist = (bodyStartDist + bodyEndDist) * 0.5;
  float centerT = queryPathTAtDistance(pathId, bodyCenterDist, source, target);
  float screenDir = computeEdgeLabelScreenDir(pathId, centerT, source, target, u_matrix);
  float readingSign = `).concat(s?"screenDir":"1.0",`;
  float halfThickness = webGLThickness * 0.5;
  float perpOffset = computeEdgeLabelPerpOffset(
    a_positionMode, halfThickness, marginWebGL, halfTextHeight, readingSign, screenDir
  );

  // --- Ribbon span (clipped to body) ---
  float halfTextWebGL = textWidthWebGL * 0.5;
  float labelStartDist = max(bodyCenterDist - halfTextWebGL, bodyStartDist);
  float labelEndDist = min(bodyCenterDist + halfTextWebGL, bodyEndDist);

  // Sample centerline at this pair, then apply perpendicular offset.
  // The ribbon follows the centerline path (simple & robust); for curved edges
  // this closely matches the offset path the characters sit on.
  float u = float(pairIdx) / float(RIBBON_SEGMENTS);
  float arcDist = mix(labelStartDist, labelEndDist, u);
  float t = queryPathTAtDistance(pathId, arcDist, source, target);
  vec2 pos = queryPathPosition(pathId, t, source, target);
  vec2 tan = queryPathTangent(pathId, t, source, target);
  vec2 perp = vec2(-tan.y, tan.x);

  vec2 centerPos = pos + perp * perpOffset;

  float halfRibbon = halfTextHeight + paddingWebGL;
  float sideSign = side == 0 ? -1.0 : 1.0;
  vec2 ribbonPos = centerPos + perp * (sideSign * halfRibbon);

  vec3 clipPos = u_matrix * vec3(ribbonPos, 1.0);
  gl_Position = vec4(clipPos.xy, 0.0, 1.0);

  v_color = a_color;
  v_id = a_id;
  v_alphaModifier = alphaModifier;
}
`);return c}var Dh=`#version 300 es
precision highp float;

in vec4 v_color;
in vec4 v_id;
in float v_alphaModifier;

out vec4 fragColor;

void main() {
#ifdef PICKING_MODE
  if (v_alphaModifier <= 0.0) discard;
  fragColor = v_id;
#else
  float alpha = v_color.a * v_alphaModifier;
  if (alpha <= 0.0) discard;
  fragColor = vec4(v_color.rgb * alpha, alpha);
#endif
}
`;function Ch(a,t,e,n){var r=n.shaderConfig,i=r.paths,o=r.fontSizeMode;if(i.length===0)throw new Error("createEdgeLabelBackgroundProgram: shaderConfig must declare at least one path");var s=Xt(),l=We([].concat(Q(i),[s])),u=ar([].concat(Q(i),[s]),l),d=Ah(r),h=(function(c){function f(g,p,v){var m;return ne(this,f),m=me(this,f,[g,p,v]),I(m,"totalCount",0),I(m,"bufferCapacity",0),I(m,"edgeAttributeTexture",null),m.edgeAttributeTexture=new rr(g,l),m.packedAttributeData=new Float32Array(l.floatsPerItem),m}return ve(f,c),re(f,[{key:"getDefinition",value:function(){for(var p=WebGL2RenderingContext,v=p.FLOAT,m=p.UNSIGNED_BYTE,y=p.TRIANGLE_STRIP,_=[],x=0;x<gi;x++)_.push([x]);var b=["u_matrix","u_sizeRatio","u_correctionRatio","u_pixelRatio","u_cameraAngle","u_resolution","u_nodeDataTexture","u_nodeDataTextureWidth","u_edgeDataTexture","u_edgeDataTextureWidth","u_edgeFrameTexture","u_edgeFrameTextureWidth"];return o==="scaled"&&b.push("u_zoomSizeRatio"),l.floatsPerItem>0&&b.push("u_edgeAttributeTexture","u_edgeAttributeTextureWidth","u_edgeAttributeTexelsPerEdge"),{VERTICES:gi,VERTEX_SHADER_SOURCE:d,FRAGMENT_SHADER_SOURCE:Dh,METHOD:y,UNIFORMS:b,ATTRIBUTES:[{name:"a_edgeIndex",size:1,type:v},{name:"a_edgeAttrIndex",size:1,type:v},{name:"a_baseFontSize",size:1,type:v},{name:"a_totalTextWidth",size:1,type:v},{name:"a_positionMode",size:1,type:v},{name:"a_margin",size:1,type:v},{name:"a_padding",size:1,type:v},{name:"a_color",size:4,type:m,normalized:!0},{name:"a_id",size:4,type:m,normalized:!0}],CONSTANT_ATTRIBUTES:[{name:"a_vertexIndex",size:1,type:v}],CONSTANT_DATA:_}}},{key:"processEdgeLabelBackground",value:function(p,v,m){var y=0;if(this.edgeAttributeTexture&&l.floatsPerItem>0){y=this.edgeAttributeTexture.allocate(v);var _=this.packedAttributeData;ir(u,m.edgeAttributes,_,"",Rh,0),this.edgeAttributeTexture.updateAllAttributes(v,_)}var x=this.floats,b=this.ints,T=p*this.STRIDE;x[T++]=m.edgeIndex,x[T++]=y,x[T++]=m.baseFontSize,x[T++]=m.totalTextWidth,x[T++]=m.positionMode,x[T++]=m.margin,x[T++]=m.padding,x[T++]=m.color,b[T++]=m.id}},{key:"setUniforms",value:function(p,v){var m=v.gl,y=v.uniformLocations;if(m.uniformMatrix3fv(y.u_matrix,!1,p.matrix),m.uniform1f(y.u_sizeRatio,p.sizeRatio),m.uniform1f(y.u_correctionRatio,p.correctionRatio),m.uniform1f(y.u_pixelRatio,p.pixelRatio),m.uniform1f(y.u_cameraAngle,p.cameraAngle),m.uniform2f(y.u_resolution,p.width,p.height),y.u_nodeDataTexture!==void 0&&m.uniform1i(y.u_nodeDataTexture,p.nodeDataTextureUnit),y.u_nodeDataTextureWidth!==void 0&&m.uniform1i(y.u_nodeDataTextureWidth,p.nodeDataTextureWidth),y.u_edgeDataTexture!==void 0&&m.uniform1i(y.u_edgeDataTexture,p.edgeDataTextureUnit),y.u_edgeDataTextureWidth!==void 0&&m.uniform1i(y.u_edgeDataTextureWidth,p.edgeDataTextureWidth),y.u_edgeFrameTexture!==void 0&&m.uniform1i(y.u_edgeFrameTexture,p.edgeFrameTextureUnit),y.u_edgeFrameTextureWidth!==void 0&&m.uniform1i(y.u_edgeFrameTextureWidth,p.edgeFrameTextureWidth),o==="scaled"&&y.u_zoomSizeRatio!==void 0){var _=this.renderer.getSetting("zoomToSizeRatioFunction");m.uniform1f(y.u_zoomSizeRatio,1/_(p.zoomRatio))}this.edgeAttributeTexture&&l.floatsPerItem>0&&y.u_edgeAttributeTexture!==void 0&&(this.edgeAttributeTexture.bind(ct),m.uniform1i(y.u_edgeAttributeTexture,ct),m.uniform1i(y.u_edgeAttributeTextureWidth,this.edgeAttributeTexture.getTextureWidth()),m.uniform1i(y.u_edgeAttributeTexelsPerEdge,this.edgeAttributeTexture.getTexelsPerItem()))}},{key:"renderProgram",value:function(p,v){this.edgeAttributeTexture&&l.floatsPerItem>0&&this.edgeAttributeTexture.upload(),pe(f,"renderProgram",this)([p,v])}},{key:"kill",value:function(){this.edgeAttributeTexture&&(this.edgeAttributeTexture.kill(),this.edgeAttributeTexture=null),pe(f,"kill",this)([])}},{key:"drawWebGL",value:function(p,v){var m=v.gl;this.totalCount!==0&&m.drawArraysInstanced(m.TRIANGLE_STRIP,0,this.VERTICES,this.totalCount)}},{key:"reallocate",value:function(p){this.totalCount=p,p>this.bufferCapacity&&(this.bufferCapacity=Math.max(p,Math.ceil(this.bufferCapacity*1.5)||10),pe(f,"reallocate",this)([this.bufferCapacity]))}}])})(Rt);return new h(a,t,e)}function xs(a){var t,e,n,r,i,o;return{paths:a.paths,headLengthRatio:(t=a.headLengthRatio)!==null&&t!==void 0?t:0,tailLengthRatio:(e=a.tailLengthRatio)!==null&&e!==void 0?e:0,fontSizeMode:(n=a.fontSizeMode)!==null&&n!==void 0?n:"fixed",minVisibilityThreshold:(r=a.minVisibilityThreshold)!==null&&r!==void 0?r:.7,fullVisibilityThreshold:(i=a.fullVisibilityThreshold)!==null&&i!==void 0?i:.8,keepUpright:(o=a.keepUpright)!==null&&o!==void 0?o:!0}}var Lh=Qe.fontSize,Ph=17/64;function Ih(a){var t=a.paths,e=a.hasBorder,n=e===void 0?!1:e,r=a.fontSizeMode,i=r===void 0?"fixed":r,o=a.minVisibilityThreshold,s=o===void 0?.5:o,l=a.fullVisibilityThreshold,u=l===void 0?.6:l,d=a.keepUpright,h=d===void 0?!0:d,c=i==="scaled",f=t.some(function(y){return y.hasSharpCorners}),g=Xt(),p=We([].concat(Q(t),[g])),v=Tn(p),m=`#version 300 es

// ============================================================================
// Attributes - Per Character (Instanced)
// ============================================================================

// Edge geometry: indices for texture lookup
// Edge data (source/target node indices, thickness, head/tail ratios) is fetched from edge data texture
// Edge path attributes (curvature, etc.) are fetched from edge attribute texture
in float a_edgeIndex;       // Index into edge data texture
in float a_edgeAttrIndex;   // Index into edge attribute texture (for curvature, etc.)
in float a_baseFontSize;    // Base font size in pixels (per-label)

// Character metrics (in glyph units = atlas font size pixels)
in vec4 a_charMetrics;      // (charTextOffset, charAdvance, totalTextWidth, positionMode)
in vec4 a_charDims;         // (charSize.x, charSize.y, charOffset.x, charOffset.y)

// Atlas texture coordinates
in vec4 a_texCoords;        // (x, y, width, height) in atlas pixels

// Label parameters
in vec2 a_labelParams;      // (margin, unused)

// Appearance
in vec4 a_color;            // Character color (RGBA, normalized)
`.concat(n?"in vec4 a_borderColor;      // Border color (RGBA, normalized)":"",`

// ============================================================================
// Attributes - Per Vertex (Constant)
// ============================================================================

in vec2 a_quadCorner;       // Quad corner: (0,0), (1,0), (0,1), (1,1)

// ============================================================================
// Uniforms
// ============================================================================

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_pixelRatio;
uniform float u_cameraAngle;    // Required by node shape SDFs
// u_sdfBufferPixels kept for ABI compatibility but unused in shader
uniform float u_sdfBufferPixels;
uniform vec2 u_resolution;
uniform vec2 u_atlasSize;
uniform sampler2D u_nodeDataTexture; // Shared texture with node position/size/shape data
uniform int u_nodeDataTextureWidth;  // Width of 2D node data texture for coordinate calculation
uniform sampler2D u_edgeDataTexture; // Shared texture with edge data
uniform int u_edgeDataTextureWidth;  // Width of 2D edge data texture for coordinate calculation
uniform sampler2D u_edgeFrameTexture; // Per-edge clamp (tStart, tEnd, straightenFactor, pathLength)
uniform int u_edgeFrameTextureWidth;
`).concat(c?"uniform float u_zoomSizeRatio;  // Zoom-based size ratio from zoomToSizeRatioFunction":"",`

// Edge path attribute texture uniforms (for curvature and other path attributes)
`).concat(v.uniformDeclarations,`

// ============================================================================
// Varyings
// ============================================================================

out vec2 v_texCoord;
out vec4 v_color;
`).concat(n?"out vec4 v_borderColor;":"",`
out float v_edgeFade;  // 0 = fully visible, 1 = fully faded (outside body)
out float v_alphaModifier;  // 0-1 based on label visibility ratio
out float v_fontScale;  // Ratio of rendered font size to atlas font size
`).concat(n?"out float v_positionMode;  // Position mode for conditional border (0=over needs border)":"",`

// ============================================================================
// Constants
// ============================================================================

const float bias = 255.0 / 254.0;
const float FADE_WIDTH_PIXELS = 15.0;  // Width of fade gradient in pixels
const float ATLAS_FONT_SIZE = `).concat(fe(Lh),`;  // Base font size used in SDF atlas
const float VERTICAL_CENTER_RATIO = `).concat(fe(Ph),`;  // Baseline to visual center ratio

// ============================================================================
// Path Attribute Variables (set in main, used by path functions)
// ============================================================================
// Path attributes are fetched from the edge attribute texture and stored in
// variables with v_ prefix (e.g., v_curvature) for path functions to access.
`).concat(v.vertexVaryingDeclarations.replace(/out /g,""),`

// Node size variables (set in main, used by some path functions like loops).
// These mirror the v_sourceNodeSize / v_targetNodeSize varyings in generator.ts,
// but are plain floats here since the label shader is vertex-only.
float v_sourceNodeSize;
float v_targetNodeSize;

// Shared preamble: shape SDFs, path functions + selectors, clamp, helpers.
`).concat(ys({paths:t,minVisibilityThreshold:s,fullVisibilityThreshold:u}),`

// ============================================================================
// Main
// ============================================================================

void main() {
  // -------------------------------------------------------------------------
  // Fetch edge data from edge texture (2 texels per edge)
  // -------------------------------------------------------------------------
  // Texel 0: sourceNodeIndex, targetNodeIndex, thickness, reserved
  // Texel 1: headLengthRatio, tailLengthRatio, pathId, extremityIds
  int edgeIdx = int(a_edgeIndex);
  int texel0Idx = edgeIdx * 2;
  int texel1Idx = edgeIdx * 2 + 1;
  ivec2 edgeTexCoord0 = ivec2(texel0Idx % u_edgeDataTextureWidth, texel0Idx / u_edgeDataTextureWidth);
  ivec2 edgeTexCoord1 = ivec2(texel1Idx % u_edgeDataTextureWidth, texel1Idx / u_edgeDataTextureWidth);
  vec4 edgeData0 = texelFetch(u_edgeDataTexture, edgeTexCoord0, 0);
  vec4 edgeData1 = texelFetch(u_edgeDataTexture, edgeTexCoord1, 0);

  // Unpack edge data
  int srcIdx = int(edgeData0.x);
  int tgtIdx = int(edgeData0.y);
  float thickness = edgeData0.z;
  // edgeData0.w is reserved
  float headLengthRatio = edgeData1.x;
  float tailLengthRatio = edgeData1.y;
  int pathId = int(edgeData1.z);  // Path type for multi-path support
  float baseFontSize = a_baseFontSize;

  // -------------------------------------------------------------------------
  // Fetch path attributes from edge attribute texture
  // -------------------------------------------------------------------------
  // Note: The fetch code uses 'edgeIdx' variable, so we set it to the attribute texture index
  {
    int edgeIdx = int(a_edgeAttrIndex);  // Use attribute texture index for path attributes
`).concat(v.fetchCode,`
`).concat(v.varyingAssignments,`
  }

  // -------------------------------------------------------------------------
  // Fetch node data from node texture (geometry texel + rotation-flags texel)
  // -------------------------------------------------------------------------
  vec4 srcNodeData = readNodeData(u_nodeDataTexture, u_nodeDataTextureWidth, srcIdx);
  vec4 tgtNodeData = readNodeData(u_nodeDataTexture, u_nodeDataTextureWidth, tgtIdx);

  vec2 source = srcNodeData.xy;
  vec2 target = tgtNodeData.xy;
  float sourceSize = srcNodeData.z;
  float targetSize = tgtNodeData.z;
  v_sourceNodeSize = sourceSize;
  v_targetNodeSize = targetSize;
  float charTextOffset = a_charMetrics.x;
  float charAdvance = a_charMetrics.y;
  float totalTextWidth = a_charMetrics.z;
  float positionMode = a_charMetrics.w;
  vec2 charSize = a_charDims.xy;
  vec2 charOffset = a_charDims.zw;
  float margin = a_labelParams.x;

  // -------------------------------------------------------------------------
  // Compute pixel-to-graph conversion (for fixed font size mode)
  // -------------------------------------------------------------------------
  // This converts screen pixels to graph units such that N pixels on screen
  // becomes N pixels regardless of zoom level.
  // matrixScaleX is how much the matrix scales graph units to clip space
  float matrixScaleX = length(vec2(u_matrix[0][0], u_matrix[1][0]));
  float pixelToGraph = 2.0 / (matrixScaleX * u_resolution.x);

  // -------------------------------------------------------------------------
  // Step 1: Convert thickness to WebGL units
  // -------------------------------------------------------------------------
  float webGLThickness = thickness * u_correctionRatio / u_sizeRatio;

  // -------------------------------------------------------------------------
  // Step 2: Compute body bounds (truncated at node boundaries + extremities)
  // -------------------------------------------------------------------------
  vec4 edgeClamp = readFrameTexel(u_edgeFrameTexture, u_edgeFrameTextureWidth, edgeIdx);
  vec3 bodyBounds = computeEdgeLabelBodyBounds(
    edgeClamp.x, edgeClamp.y, edgeClamp.w,
    webGLThickness, headLengthRatio, tailLengthRatio
  );
  float bodyStartDist = bodyBounds.x;
  float bodyEndDist = bodyBounds.y;
  float bodyLength = bodyBounds.z;

  // -------------------------------------------------------------------------
  // Step 3: Compute font scale and text dimensions
  // -------------------------------------------------------------------------
  // Font size modes:
  // - "fixed": Constant pixel size regardless of zoom, using pixelToGraph conversion
  // - "scaled": Scales with zoom using zoomToSizeRatioFunction
  `).concat(c?`// Scaled mode: font scales with zoom
  float fontScale = baseFontSize / ATLAS_FONT_SIZE * u_zoomSizeRatio;
  // Convert glyph-unit metrics to WebGL units (scales with zoom)
  float textWidthWebGL = totalTextWidth * fontScale * u_correctionRatio / u_sizeRatio;
  float charOffsetWebGL = charTextOffset * fontScale * u_correctionRatio / u_sizeRatio;
  float charAdvanceWebGL = charAdvance * fontScale * u_correctionRatio / u_sizeRatio;`:`// Fixed mode: font stays constant in screen pixels
  float fontScale = baseFontSize / ATLAS_FONT_SIZE;
  // Convert glyph-unit metrics to graph units using pixelToGraph (zoom-independent)
  float textWidthWebGL = totalTextWidth * fontScale * pixelToGraph;
  float charOffsetWebGL = charTextOffset * fontScale * pixelToGraph;
  float charAdvanceWebGL = charAdvance * fontScale * pixelToGraph;`,`

  // Font scale varying for fragment shader gamma scaling.
  // Ratio of rendered font size to atlas font size — used to tighten the
  // anti-aliasing band for large labels so they stay sharp.
  v_fontScale = fontScale;

  // -------------------------------------------------------------------------
  // Step 4: Alpha modifier from how much of the label fits in the body
  // -------------------------------------------------------------------------
  float alphaModifier = computeEdgeLabelAlpha(bodyLength, textWidthWebGL);

  // -------------------------------------------------------------------------
  // Step 5: Compute character center offset (truncation check moved to after curvature adjustment)
  // -------------------------------------------------------------------------
  // Body center in arc distance
  float bodyCenterDist = (bodyStartDist + bodyEndDist) * 0.5;

  float centerT = queryPathTAtDistance(pathId, bodyCenterDist, source, target);
  float screenDir = computeEdgeLabelScreenDir(pathId, centerT, source, target, u_matrix);

  // Reversed labels lay their characters out from target to source
  float readingSign = `).concat(h?"screenDir":"1.0",`;

  // Character center position relative to label center (on centerline, before curvature adjustment)
  float charCenterOffset = readingSign * (charOffsetWebGL + charAdvanceWebGL * 0.5 - textWidthWebGL * 0.5);

  // -------------------------------------------------------------------------
  // Step 6: Compute perpendicular offset based on position mode
  // -------------------------------------------------------------------------
  // Position modes: 0=over, 1=above, 2=below, 3=auto
  // Needed early for curvature-adaptive character spacing in Step 7
  float halfThickness = webGLThickness * 0.5;
  `).concat(c?`// Scaled mode: margin and text height scale with zoom (same factor as font)
  float marginWebGL = margin * u_zoomSizeRatio * u_correctionRatio / u_sizeRatio;
  float halfTextHeight = baseFontSize * 0.35 * u_zoomSizeRatio * u_correctionRatio / u_sizeRatio;`:`// Fixed mode: margin and text height stay constant in screen pixels
  float marginWebGL = margin * pixelToGraph;
  float halfTextHeight = baseFontSize * 0.35 * pixelToGraph;`,`
  float perpOffset = computeEdgeLabelPerpOffset(
    positionMode, halfThickness, marginWebGL, halfTextHeight, readingSign, screenDir
  );

  // -------------------------------------------------------------------------
  // Step 7: Position character on path using offset path traversal
  // -------------------------------------------------------------------------
  // For "over" mode (perpOffset = 0), use simple centerline placement
  // For above/below modes, walk along the offset path to find correct position
  float charT;

  if (perpOffset == 0.0) {
    // Simple case: place on centerline
    float charArcDist = bodyCenterDist + charCenterOffset;
    charT = queryPathTAtDistance(pathId, charArcDist, source, target);
  } else {
    // Offset path traversal: walk along the offset curve to find character position
    // This ensures even character spacing regardless of curvature

    `).concat(f?`// -----------------------------------------------------------------------
    // Corner skip setup for step/taxi edges with above/below labels
    // -----------------------------------------------------------------------
    // At concave corners (inner side of the bend), characters would bunch up
    // because the offset path has near-zero arc length. We detect corner
    // crossings during the offset path traversal and add skip distance.

    // Get corner t values and concavity
    vec2 cornerTs = queryGetCornerTs(pathId, source, target);
    vec2 concavity = queryGetCornerConcavity(pathId, source, target, perpOffset);

    // Skip distance in graph units, proportional to on-screen font size
    // For fixed mode: use pixelToGraph so gap stays constant regardless of zoom
    // For scaled mode: use the same conversion as text width
    `.concat(c?"float skipDistGraph = STEP_INNER_CORNER_SKIP_FACTOR * baseFontSize * u_zoomSizeRatio * u_correctionRatio / u_sizeRatio;":"float skipDistGraph = STEP_INNER_CORNER_SKIP_FACTOR * baseFontSize * pixelToGraph;",`

    // Corner t values for detecting crossings during traversal
    float corner1T = cornerTs.x;
    float corner2T = cornerTs.y;
    bool corner1IsConcave = concavity.x > 0.5;
    bool corner2IsConcave = concavity.y > 0.5;`):"",`

    // Target distance along offset path from center
    float targetOffsetDist = abs(charCenterOffset);

    // Handle center character (charCenterOffset ≈ 0) - no search needed
    if (targetOffsetDist < 0.0001) {
      charT = centerT;
    } else {
      vec2 centerPos = queryPathPosition(pathId, centerT, source, target);
      vec2 centerNormal = queryPathNormal(pathId, centerT, source, target);
      vec2 offsetCenter = centerPos + centerNormal * perpOffset;

      float searchDir = charCenterOffset > 0.0 ? 1.0 : -1.0;

      // Search bounds (t values for body start and end)
      float tBodyStart = queryPathTAtDistance(pathId, bodyStartDist, source, target);
      float tBodyEnd = queryPathTAtDistance(pathId, bodyEndDist, source, target);

      // Walk along offset path to find character position
      float accumDist = 0.0;
      vec2 prevOffsetPos = offsetCenter;
      float prevT = centerT;
      float foundT = centerT;

      // Search range depends on direction
      float tSearchEnd = searchDir > 0.0 ? tBodyEnd : tBodyStart;

      `).concat(f?`// Track which concave corners we've crossed to add skip distance
      bool crossedCorner1 = false;
      bool crossedCorner2 = false;
      float effectiveTargetDist = targetOffsetDist;`:"",`

      const int STEPS = 32;
      for (int i = 1; i <= STEPS; i++) {
        // Step along centerline t, from center toward target
        float stepT = centerT + searchDir * float(i) * abs(tSearchEnd - centerT) / float(STEPS);

        `).concat(f?`// Check for concave corner crossings and add skip distance
        // Corner 1 crossing check
        if (corner1IsConcave && !crossedCorner1) {
          bool crossingCorner1 = (searchDir > 0.0)
            ? (prevT < corner1T && stepT >= corner1T)
            : (prevT > corner1T && stepT <= corner1T);
          if (crossingCorner1) {
            crossedCorner1 = true;
            effectiveTargetDist += skipDistGraph;
          }
        }

        // Corner 2 crossing check
        if (corner2IsConcave && !crossedCorner2) {
          bool crossingCorner2 = (searchDir > 0.0)
            ? (prevT < corner2T && stepT >= corner2T)
            : (prevT > corner2T && stepT <= corner2T);
          if (crossingCorner2) {
            crossedCorner2 = true;
            effectiveTargetDist += skipDistGraph;
          }
        }`:"",`

        // Compute offset position at this t
        vec2 stepPos = queryPathPosition(pathId, stepT, source, target);
        vec2 stepNormal = queryPathNormal(pathId, stepT, source, target);
        vec2 offsetPos = stepPos + stepNormal * perpOffset;

        // Distance along offset path
        float segDist = length(offsetPos - prevOffsetPos);

        `).concat(f?`if (accumDist + segDist >= effectiveTargetDist) {
          // Interpolate within segment to find exact t
          float remaining = effectiveTargetDist - accumDist;
          float segT = remaining / max(segDist, 0.0001);
          foundT = mix(prevT, stepT, segT);
          break;
        }`:`if (accumDist + segDist >= targetOffsetDist) {
          // Interpolate within segment to find exact t
          float remaining = targetOffsetDist - accumDist;
          float segT = remaining / max(segDist, 0.0001);
          foundT = mix(prevT, stepT, segT);
          break;
        }`,`

        accumDist += segDist;
        prevOffsetPos = offsetPos;
        prevT = stepT;
        // Update foundT to last valid position in case loop exhausts without finding target
        foundT = stepT;
      }

      charT = foundT;
    }
  }

  // Get position and tangent at final character position
  vec2 pathPos = queryPathPosition(pathId, charT, source, target);
  vec2 tangent = queryPathTangent(pathId, charT, source, target);

  // Compute perpendicular direction (90 degrees from tangent)
  vec2 perpDir = vec2(-tangent.y, tangent.x);

  // Apply perpendicular offset to path position
  vec2 offsetPathPos = pathPos + perpDir * perpOffset;

  // -------------------------------------------------------------------------
  // Step 8: Build character quad
  // -------------------------------------------------------------------------
  // Character size in screen pixels
  vec2 charSizePixels = charSize * fontScale;

  // Character offset from origin to the atlas region's top-left corner.
  // bearingX/bearingY already include the SDF buffer.
  vec2 charOffsetPixels = charOffset * fontScale;

  // The character's local X offset from pathPos (which is at character center)
  float charLocalX = -charAdvance * 0.5 * fontScale;

  // Build quad position:
  // - Start at character origin (charLocalX on X axis, 0 on Y axis = baseline)
  // - Add bearing offset to get to atlas region corner
  // - Add quad corner * size to get vertex position
  vec2 quadPos;
  quadPos.x = charLocalX + charOffsetPixels.x + a_quadCorner.x * charSizePixels.x;
  // charOffset.y = -bearingY (negated), so -charOffsetPixels.y = bearingY * fontScale
  // (distance from baseline to atlas region top, positive = upward)
  // Quad corner (0,0) = bottom-left, (1,1) = top-right
  quadPos.y = -charOffsetPixels.y - charSizePixels.y * (1.0 - a_quadCorner.y);

  // Center vertically on the path by offsetting by half the visual text height
  // VERTICAL_CENTER_RATIO is the distance from baseline to visual center as a ratio of atlas font size
  float verticalCenterOffset = VERTICAL_CENTER_RATIO * ATLAS_FONT_SIZE * fontScale;
  quadPos.y -= verticalCenterOffset;

  // -------------------------------------------------------------------------
  // Step 9: Rotate quad to align with tangent
  // -------------------------------------------------------------------------
  // Rotation matrix from the reading direction
  // readingDir = (cos(angle), sin(angle)), so we can build rotation directly
  vec2 readingDir = tangent * readingSign;
  mat2 rotation = mat2(readingDir.x, readingDir.y, -readingDir.y, readingDir.x);

  // Convert pixel offset to WebGL units for rotation
  `).concat(c?"vec2 quadPosWebGL = quadPos * u_correctionRatio / u_sizeRatio; // Scaled mode":"vec2 quadPosWebGL = quadPos * pixelToGraph; // Fixed mode: use pixelToGraph for zoom-independent size",`

  // Rotate around character center on path
  vec2 rotatedOffset = rotation * quadPosWebGL;

  // Final position in graph space (using offset path position for above/below modes)
  vec2 worldPos = offsetPathPos + rotatedOffset;

  // -------------------------------------------------------------------------
  // Step 10: Transform to clip space
  // -------------------------------------------------------------------------
  vec3 clipPos = u_matrix * vec3(worldPos, 1.0);
  gl_Position = vec4(clipPos.xy, 0.0, 1.0);

  // -------------------------------------------------------------------------
  // Step 11: Texture coordinates
  // -------------------------------------------------------------------------
  // Flip Y for texture coordinates (texture Y goes down, quad Y goes up)
  vec2 texCorner = vec2(a_quadCorner.x, 1.0 - a_quadCorner.y);
  v_texCoord = (a_texCoords.xy + texCorner * a_texCoords.zw) / u_atlasSize;

  // -------------------------------------------------------------------------
  // Step 12: Pass color, border color, and alpha modifier
  // -------------------------------------------------------------------------
  v_color = a_color;
  v_color.a *= bias;
`).concat(n?`  v_borderColor = a_borderColor;
  v_borderColor.a *= bias;
  v_positionMode = positionMode;`:"",`
  v_alphaModifier = alphaModifier;

  // -------------------------------------------------------------------------
  // Step 13: Compute edge fade for soft truncation
  // -------------------------------------------------------------------------
  // Convert fade width from pixels to WebGL units
  `).concat(c?"float fadeWidthWebGL = FADE_WIDTH_PIXELS * u_correctionRatio / u_sizeRatio;":"float fadeWidthWebGL = FADE_WIDTH_PIXELS * pixelToGraph;",`

  // Compute the arc position of THIS VERTEX (not just character center)
  // The quad extends from charCenter - advance/2 to charCenter + advance/2
  // a_quadCorner.x is 0 for left edge, 1 for right edge
  float vertexLocalOffset = readingSign * (a_quadCorner.x - 0.5) * charAdvanceWebGL;
  float vertexArcOffset = charCenterOffset + vertexLocalOffset;

  // Compute distance from body edges (positive = inside body, negative = outside)
  float halfBody = bodyLength * 0.5;
  float distFromStart = vertexArcOffset + halfBody;  // Distance from body start edge
  float distFromEnd = halfBody - vertexArcOffset;    // Distance from body end edge
  float distFromEdge = min(distFromStart, distFromEnd);

  // Compute fade: 0 = fully visible (deep inside body), 1 = fully faded (at body edge)
  // Fade goes from 0 (at 2*fadeWidth inside) to 1 (at body edge)
  // This ensures text is fully transparent before reaching extremities
  v_edgeFade = 1.0 - smoothstep(0.0, fadeWidthWebGL * 2.0, distFromEdge);
}
`);return m}function Fh(){var a=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},t=a.hasBorder,e=t===void 0?!1:t,n=`#version 300 es
precision highp float;

in vec2 v_texCoord;
in vec4 v_color;
`.concat(e?"in vec4 v_borderColor;":"",`
in float v_edgeFade;  // 0 = fully visible, 1 = fully faded
in float v_alphaModifier;  // 0-1 based on label visibility ratio
in float v_fontScale;  // Ratio of rendered font size to atlas font size
`).concat(e?"in float v_positionMode;  // Position mode (0=over, 1=above, 2=below, 3=auto)":"",`

uniform sampler2D u_atlas;
uniform float u_gamma;
uniform float u_sdfBuffer;
uniform float u_pixelRatio;
`).concat(e?"uniform float u_borderWidth;  // Border width in SDF units (normalized)":"",`

// Fragment output (single target - picking handled via separate pass)
out vec4 fragColor;

void main() {
  #ifdef PICKING_MODE
    // Edge labels are not pickable - discard all fragments in picking mode
    fragColor = vec4(0.0);
    discard;
  #else
  // SDF stores normalized distance: 0.5 = on edge, >0.5 = inside glyph
  float sdfValue = texture(u_atlas, v_texCoord).a;

  // Edge threshold accounting for SDF buffer padding
  float edge = 1.0 - u_sdfBuffer;

  // Scale gamma inversely with font scale so small labels get a wider AA band
  // (smoother) and large labels get a tighter band (sharper).
  float aaWidth = u_gamma / (u_pixelRatio * v_fontScale);

  // Apply edge fade for soft truncation at body boundaries
  // Also apply visibility-based alpha modifier for short edge labels
  float edgeAlpha = (1.0 - v_edgeFade) * v_alphaModifier;

`).concat(e?`  // Fill alpha: fully opaque inside the glyph
  float fillAlpha = smoothstep(edge - aaWidth, edge + aaWidth, sdfValue);

  // Only apply border for "over" position mode (v_positionMode == 0.0)
  // Labels positioned above/below/auto don't overlap the edge line and don't need borders
  if (v_positionMode < 0.5) {
    // Border rendering: compute alpha for both fill and border regions
    // Border extends from (edge - borderWidth) to edge
    float borderEdge = edge - u_borderWidth;

    // Border alpha: opaque in the border region (between borderEdge and edge)
    float borderAlpha = smoothstep(borderEdge - aaWidth, borderEdge + aaWidth, sdfValue);

    // Composite: fill on top of border
    // Border is visible where borderAlpha > 0 but fillAlpha < 1
    vec3 borderColorPremult = v_borderColor.rgb * v_borderColor.a * borderAlpha * edgeAlpha;
    vec3 fillColorPremult = v_color.rgb * v_color.a * fillAlpha * edgeAlpha;

    // Blend fill over border (fill replaces border where fill is opaque)
    float finalBorderAlpha = borderAlpha * (1.0 - fillAlpha);
    vec3 finalColor = fillColorPremult + v_borderColor.rgb * v_borderColor.a * finalBorderAlpha * edgeAlpha;
    float finalAlpha = (v_color.a * fillAlpha + v_borderColor.a * finalBorderAlpha) * edgeAlpha;

    fragColor = vec4(finalColor, finalAlpha);
  } else {
    // No border for above/below/auto positions - simple text rendering
    float finalAlpha = v_color.a * fillAlpha * edgeAlpha;
    fragColor = vec4(v_color.rgb * finalAlpha, finalAlpha);
  }`:`  // Smooth transition from transparent to opaque at glyph edge
  float alpha = smoothstep(edge - aaWidth, edge + aaWidth, sdfValue);

  // Premultiplied alpha output
  float finalAlpha = v_color.a * alpha * edgeAlpha;
  fragColor = vec4(v_color.rgb * finalAlpha, finalAlpha);`,`
  #endif
}
`);return n}function Nh(a){var t=arguments.length>1&&arguments[1]!==void 0?arguments[1]:!1,e=arguments.length>2&&arguments[2]!==void 0?arguments[2]:"fixed",n=["u_matrix","u_sizeRatio","u_correctionRatio","u_pixelRatio","u_cameraAngle","u_sdfBufferPixels","u_resolution","u_atlasSize","u_atlas","u_gamma","u_sdfBuffer","u_nodeDataTexture","u_nodeDataTextureWidth","u_edgeDataTexture","u_edgeDataTextureWidth","u_edgeFrameTexture","u_edgeFrameTextureWidth","u_edgeAttributeTexture","u_edgeAttributeTextureWidth","u_edgeAttributeTexelsPerEdge"];e==="scaled"&&n.push("u_zoomSizeRatio"),t&&n.push("u_borderWidth");var r=O(a),i;try{for(r.s();!(i=r.n()).done;){var o=i.value,s=O(o.uniforms),l;try{for(s.s();!(l=s.n()).done;){var u=l.value;n.includes(u.name)||n.push(u.name)}}catch(d){s.e(d)}finally{s.f()}}}catch(d){r.e(d)}finally{r.f()}return n}function Gh(a){var t=a.hasBorder,e=t===void 0?!1:t,n=a.fontSizeMode,r=n===void 0?"fixed":n;return{vertexShader:Ih(a),fragmentShader:Fh({hasBorder:e}),uniforms:Nh(a.paths,e,r)}}var zh=new Map;function Mh(a){switch(a){case"over":return 0;case"above":return 1;case"below":return 2;case"auto":return 3;default:return 0}}function Bh(a,t,e,n){var r=n.color,i=n.margin,o=n.textBorder,s=xs(n),l=s.paths,u=s.fontSizeMode,d=s.minVisibilityThreshold,h=s.fullVisibilityThreshold,c=s.keepUpright,f=!!o,g=Gh({paths:l,hasBorder:f,fontSizeMode:u,minVisibilityThreshold:d,fullVisibilityThreshold:h,keepUpright:c}),p=(function(v){function m(y,_,x){var b;ne(this,m),b=me(this,m,[y,_,x]),I(b,"atlasTexture",null),I(b,"atlasNeedsUpdate",!1),I(b,"refreshTimeout",null),I(b,"labelGlyphCache",new Map),I(b,"edgeAttributeTexture",null);var T=Xt();if(b.attributeLayout=We([].concat(Q(l),[T])),b.attrDescriptors=ar([].concat(Q(l),[T]),b.attributeLayout),b.edgeAttributeTexture=new rr(y,b.attributeLayout),b.packedAttributeData=new Float32Array(b.attributeLayout.floatsPerItem),b.atlasManager=new Ht,b.gamma=.025,b.sdfBuffer=Qe.cutoff,b.atlasTexture=y.createTexture(),!b.atlasTexture)throw new Error("EdgeLabelProgram: failed to create atlas texture");y.bindTexture(y.TEXTURE_2D,b.atlasTexture),y.texParameteri(y.TEXTURE_2D,y.TEXTURE_WRAP_S,y.CLAMP_TO_EDGE),y.texParameteri(y.TEXTURE_2D,y.TEXTURE_WRAP_T,y.CLAMP_TO_EDGE),y.texParameteri(y.TEXTURE_2D,y.TEXTURE_MIN_FILTER,y.LINEAR),y.texParameteri(y.TEXTURE_2D,y.TEXTURE_MAG_FILTER,y.LINEAR),y.bindTexture(y.TEXTURE_2D,null),b.atlasManager.on(Ht.ATLAS_UPDATED_EVENT,function(){b.atlasNeedsUpdate=!0,b.refreshTimeout!==null&&clearTimeout(b.refreshTimeout),b.refreshTimeout=setTimeout(function(){b.refreshTimeout=null,b.renderer.refresh()},0)});var S={family:"sans-serif",weight:"normal",style:"normal"};return b.defaultFontKey=b.atlasManager.registerFont(S),b}return ve(m,v),re(m,[{key:"getDefinition",value:function(){var _=WebGL2RenderingContext,x=_.FLOAT,b=_.UNSIGNED_BYTE,T=_.TRIANGLE_STRIP,S=new Set,w=[],k=O(l),A;try{for(k.s();!(A=k.n()).done;){var L=A.value,C=O(L.attributes),E;try{for(C.s();!(E=C.n()).done;){var G=E.value,z=G.name.startsWith("a_")?G.name:"a_".concat(G.name);S.has(z)||(S.add(z),w.push({name:z,size:G.size,type:G.type}))}}catch(P){C.e(P)}finally{C.f()}}}catch(P){k.e(P)}finally{k.f()}return{VERTICES:4,VERTEX_SHADER_SOURCE:g.vertexShader,FRAGMENT_SHADER_SOURCE:g.fragmentShader,METHOD:T,UNIFORMS:g.uniforms,ATTRIBUTES:[{name:"a_edgeIndex",size:1,type:x},{name:"a_edgeAttrIndex",size:1,type:x},{name:"a_baseFontSize",size:1,type:x},{name:"a_charMetrics",size:4,type:x},{name:"a_charDims",size:4,type:x},{name:"a_texCoords",size:4,type:x},{name:"a_labelParams",size:2,type:x},{name:"a_color",size:4,type:b,normalized:!0}].concat(Q(f?[{name:"a_borderColor",size:4,type:b,normalized:!0}]:[]),Q(w.filter(function(P){return!["a_curvature","curvature"].includes(P.name)}))),CONSTANT_ATTRIBUTES:[{name:"a_quadCorner",size:2,type:x}],CONSTANT_DATA:[[0,0],[1,0],[0,1],[1,1]]}}},{key:"prepareLabelGlyphs",value:function(_,x){if(x.hidden||!x.text){this.labelGlyphCache.delete(_);return}var b=x.text,T=x.fontKey||this.defaultFontKey;this.atlasManager.ensureGlyphs(b,T);var S=[],w=[],k=0,A=O(b),L;try{for(A.s();!(L=A.n()).done;){var C=L.value,E=C.codePointAt(0);if(E===void 0){S.push(void 0),w.push(k);continue}var G=this.atlasManager.getGlyph(E,T);S.push(G),w.push(k),G&&(k+=G.advance)}}catch(z){A.e(z)}finally{A.f()}this.labelGlyphCache.set(_,{glyphs:S,xOffsets:w,totalWidth:k})}},{key:"processCharacter",value:function(_,x,b,T){var S,w,k,A=this.floats,L=this.STRIDE,C=_*L,E=this.labelGlyphCache.get(x.parentKey);if(!E||!E.glyphs[T]){for(var G=0;G<L;G++)A[C+G]=0;return}var z=E.glyphs[T],P=E.xOffsets[T],D=m.labelColor,F=D&&ae(D)==="object"&&"color"in D&&D.color?D.color:x.color,N=Ze(F),M=C;A[M++]=x.edgeIndex,A[M++]=(S=(w=this.edgeAttributeTexture)===null||w===void 0?void 0:w.getIndex(x.parentKey))!==null&&S!==void 0?S:0,A[M++]=x.size,A[M++]=P,A[M++]=z.advance,A[M++]=E.totalWidth,A[M++]=Mh(x.position),A[M++]=z.atlasWidth,A[M++]=z.atlasHeight,A[M++]=z.bearingX,A[M++]=-z.bearingY,A[M++]=z.atlasX,A[M++]=z.atlasY,A[M++]=z.atlasWidth,A[M++]=z.atlasHeight;var q=(k=m.labelMargin)!==null&&k!==void 0?k:x.margin;if(A[M++]=q,A[M++]=0,A[M++]=N,f&&o){var W;typeof o.color=="string"?W=o.color:W=o.color.color||"#ffffff",A[M++]=Ze(W)}var $=new Set,K=O(l),j;try{for(K.s();!(j=K.n()).done;){var ce=j.value,ie=O(ce.attributes),ue;try{for(ie.s();!(ue=ie.n()).done;){var de=ue.value,te=de.name.startsWith("a_")?de.name.slice(2):de.name;if(te!=="curvature"&&!$.has(te)){$.add(te);for(var ee=0;ee<de.size;ee++)A[M++]=0}}}catch(J){ie.e(J)}finally{ie.f()}}}catch(J){K.e(J)}finally{K.f()}}},{key:"processEdgeLabel",value:function(_,x,b){if(this.prepareLabelGlyphs(_,b),this.edgeAttributeTexture&&!b.hidden&&b.text){this.edgeAttributeTexture.allocate(_);var T=this.packedAttributeData;ir(this.attrDescriptors,b.edgeAttributes,T,"",zh,0),this.edgeAttributeTexture.updateAllAttributes(_,T)}return pe(m,"processLabel",this)([_,x,b])}},{key:"updateAtlasTexture",value:function(){if(this.atlasNeedsUpdate){var _=this.normalProgram.gl,x=this.atlasManager.getTextures();if(x.length!==0){var b=x[0];_.bindTexture(_.TEXTURE_2D,this.atlasTexture),_.texImage2D(_.TEXTURE_2D,0,_.RGBA,b.width,b.height,0,_.RGBA,_.UNSIGNED_BYTE,b.data),_.bindTexture(_.TEXTURE_2D,null),this.atlasNeedsUpdate=!1}}}},{key:"setUniforms",value:function(_,x){var b=x.gl,T=x.uniformLocations,S=this.atlasManager.getTextures(),w=S.length>0?[S[0].width,S[0].height]:[1,1];if(b.uniformMatrix3fv(T.u_matrix,!1,_.matrix),b.uniform1f(T.u_sizeRatio,_.sizeRatio),b.uniform1f(T.u_correctionRatio,_.correctionRatio),b.uniform1f(T.u_pixelRatio,_.pixelRatio),b.uniform1f(T.u_cameraAngle,_.cameraAngle),b.uniform1f(T.u_sdfBufferPixels,Qe.buffer),b.uniform2f(T.u_resolution,_.width,_.height),b.uniform2f(T.u_atlasSize,w[0],w[1]),b.uniform1f(T.u_gamma,this.gamma),b.uniform1f(T.u_sdfBuffer,this.sdfBuffer),b.activeTexture(b.TEXTURE0),b.bindTexture(b.TEXTURE_2D,this.atlasTexture),b.uniform1i(T.u_atlas,0),T.u_nodeDataTexture!==void 0&&b.uniform1i(T.u_nodeDataTexture,_.nodeDataTextureUnit),T.u_nodeDataTextureWidth!==void 0&&b.uniform1i(T.u_nodeDataTextureWidth,_.nodeDataTextureWidth),T.u_edgeDataTexture!==void 0&&b.uniform1i(T.u_edgeDataTexture,_.edgeDataTextureUnit),T.u_edgeDataTextureWidth!==void 0&&b.uniform1i(T.u_edgeDataTextureWidth,_.edgeDataTextureWidth),T.u_edgeFrameTexture!==void 0&&b.uniform1i(T.u_edgeFrameTexture,_.edgeFrameTextureUnit),T.u_edgeFrameTextureWidth!==void 0&&b.uniform1i(T.u_edgeFrameTextureWidth,_.edgeFrameTextureWidth),f&&o&&T.u_borderWidth!==void 0){var k=o.width/Qe.buffer*this.sdfBuffer;b.uniform1f(T.u_borderWidth,k)}if(this.edgeAttributeTexture&&T.u_edgeAttributeTexture!==void 0&&(this.edgeAttributeTexture.bind(ct),b.uniform1i(T.u_edgeAttributeTexture,ct),b.uniform1i(T.u_edgeAttributeTextureWidth,this.edgeAttributeTexture.getTextureWidth()),b.uniform1i(T.u_edgeAttributeTexelsPerEdge,this.edgeAttributeTexture.getTexelsPerItem())),u==="scaled"&&T.u_zoomSizeRatio!==void 0){var A=this.renderer.getSetting("zoomToSizeRatioFunction"),L=1/A(_.zoomRatio);b.uniform1f(T.u_zoomSizeRatio,L)}}},{key:"renderProgram",value:function(_,x){this.updateAtlasTexture(),this.atlasManager.hasPendingGlyphs()&&(this.atlasManager.flush(),this.updateAtlasTexture()),this.edgeAttributeTexture&&this.edgeAttributeTexture.upload(),pe(m,"renderProgram",this)([_,x])}},{key:"registerFont",value:function(_){var x=arguments.length>1&&arguments[1]!==void 0?arguments[1]:"normal",b=arguments.length>2&&arguments[2]!==void 0?arguments[2]:"normal";return this.atlasManager.registerFont({family:_,weight:x,style:b})}},{key:"getAtlasManager",value:function(){return this.atlasManager}},{key:"ensureGlyphsReady",value:function(_,x){var b=x||this.defaultFontKey,T=O(_),S;try{for(T.s();!(S=T.n()).done;){var w=S.value;this.atlasManager.ensureGlyphs(w,b)}}catch(k){T.e(k)}finally{T.f()}this.atlasManager.flush()}},{key:"measureLabelAtlasWidth",value:function(_,x){var b=x||this.defaultFontKey;this.atlasManager.ensureGlyphs(_,b),this.atlasManager.hasPendingGlyphs()&&this.atlasManager.flush();var T=0,S=O(_),w;try{for(S.s();!(w=S.n()).done;){var k=w.value,A=k.codePointAt(0);if(A!==void 0){var L=this.atlasManager.getGlyph(A,b);L&&(T+=L.advance)}}}catch(C){S.e(C)}finally{S.f()}return T}},{key:"measureLabel",value:function(_,x,b){var T=this.measureLabelAtlasWidth(_,b),S=x/Qe.fontSize;return{width:T*S,height:x,textHeight:x}}},{key:"kill",value:function(){var _=this.normalProgram.gl;this.refreshTimeout!==null&&(clearTimeout(this.refreshTimeout),this.refreshTimeout=null),this.atlasTexture&&(_.deleteTexture(this.atlasTexture),this.atlasTexture=null),this.edgeAttributeTexture&&(this.edgeAttributeTexture.kill(),this.edgeAttributeTexture=null),this.atlasManager.destroy(),this.labelGlyphCache.clear(),pe(m,"kill",this)([])}}])})(cs);return I(p,"labelColor",r),I(p,"labelMargin",i),new p(a,t,e)}function Oh(){var a=`
// No extremity - always returns positive (outside)
float extremity_none(vec2 uv, float lengthRatio, float widthRatio) {
  return 1.0;
}
`;return{name:"none",glsl:a,length:0,widthFactor:1,margin:0,uniforms:[],attributes:[]}}function $h(a,t,e,n,r,i,o){var s,l,u=ms(n),d=u.paths,h=u.layers,c=u.defaultHead,f=u.defaultTail,g=[Oh()].concat(Q(u.extremities)),p={},v={};d.forEach(function(C,E){return p[C.name]=E}),g.forEach(function(C,E){return v[C.name]=E});var m=(s=v[c])!==null&&s!==void 0?s:0,y=(l=v[f])!==null&&l!==void 0?l:0,_=null,x=We([].concat(Q(d),Q(h))),b=(function(C){function E(G,z,P){var D;ne(this,E),_||(_=fi({paths:d,extremities:g,layers:h,antialias:r})),D=me(this,E,[G,z,P]),I(D,"layerLifecycles",new Map),I(D,"needsShaderRegeneration",!1),I(D,"edgeAttributeTexture",null),I(D,"layout",x),I(D,"attrDescriptors",[]),I(D,"lifecycleIndexOffset",d.length),D._pickingBuffer=z,D.edgeAttributeTexture=new rr(G,D.layout),D.packedAttributeData=new Float32Array(D.layout.floatsPerItem),h.forEach(function(N,M){if(N.lifecycle){var q={gl:G,renderer:{refresh:function(){return P.refresh()}},getUniformLocation:function($){return G.getUniformLocation(D.normalProgram.program,$)},requestShaderRegeneration:function(){D.needsShaderRegeneration=!0},requestRefresh:function(){P.refresh()}};D.layerLifecycles.set(M,N.lifecycle(q))}}),D.layerLifecycles.forEach(function(N){var M;return(M=N.init)===null||M===void 0?void 0:M.call(N)});var F=new Map;return D.layerLifecycles.forEach(function(N,M){N.getAttributeData&&F.set(d.length+M,N)}),D.attrDescriptors=ar([].concat(Q(d),Q(h)),D.layout,F),D}return ve(E,C),re(E,[{key:"getAttributeTexture",value:function(){return this.edgeAttributeTexture}},{key:"resolveEdgeIds",value:function(z,P,D){var F=z,N=0,M=m,q=y,W=P?F.selfLoopPath:D&&F.parallelPath?F.parallelPath:F.path;W&&p[W]!==void 0&&(N=p[W]),F.head&&F.head!=="none"&&v[F.head]!==void 0&&(M=v[F.head]),F.tail&&F.tail!=="none"&&v[F.tail]!==void 0&&(q=v[F.tail]);var $=g[M],K=g[q];return{pathId:N,headId:M,tailId:q,headLengthRatio:rt($.length)?0:$.length,tailLengthRatio:rt(K.length)?0:K.length}}},{key:"getDefinition",value:function(){var z=WebGL2RenderingContext,P=z.TRIANGLE_STRIP,D=P,F=_;return{VERTICES:F.verticesPerEdge,VERTEX_SHADER_SOURCE:F.vertexShader,FRAGMENT_SHADER_SOURCE:F.fragmentShader,METHOD:D,UNIFORMS:F.uniforms,ATTRIBUTES:F.attributes,CONSTANT_ATTRIBUTES:F.constantAttributes,CONSTANT_DATA:F.constantData}}},{key:"maybeRegenerateShaders",value:function(){var z=this;if(this.needsShaderRegeneration){this.needsShaderRegeneration=!1;var P=h.map(function($,K){var j=z.layerLifecycles.get(K);return j!=null&&j.regenerate?j.regenerate():$});_=fi({paths:d,extremities:g,layers:P,antialias:this.renderer.getSetting("antialiasEdges")});var D=this.normalProgram.gl,F=this.normalProgram,N=F.program,M=F.buffer,q=F.vertexShader,W=F.fragmentShader;D.deleteProgram(N),D.deleteBuffer(M),D.deleteShader(q),D.deleteShader(W),this.normalProgram=this.getProgramInfo("normal",D,_.vertexShader,_.fragmentShader,this._pickingBuffer)}}},{key:"process",value:function(z,P,D,F,N,M){var q=P*this.STRIDE;if(N.visibility==="hidden"||D.visibility==="hidden"||F.visibility==="hidden"){for(var W=q+this.STRIDE;q<W;q++)this.floats[q]=0;this.floats[P*this.STRIDE]=ds;return}this.processVisibleItem(Yn(z),q,D,F,N,M)}},{key:"processVisibleItem",value:function(z,P,D,F,N,M){var q,W=this.floats,$=this.ints;W[P++]=M,W[P++]=Ze(N.color),$[P++]=z,W[P++]=(q=N.opacity)!==null&&q!==void 0?q:1;var K=this.packedAttributeData;ir(this.attrDescriptors,N,K,N.color,this.layerLifecycles,this.lifecycleIndexOffset),this.edgeAttributeTexture.updateAllAttributesAtRow(M,K)}},{key:"setUniforms",value:function(z,P){var D=this,F=P.gl,N=P.uniformLocations;N.u_matrix&&F.uniformMatrix3fv(N.u_matrix,!1,z.matrix),N.u_sizeRatio&&F.uniform1f(N.u_sizeRatio,z.sizeRatio),N.u_correctionRatio&&F.uniform1f(N.u_correctionRatio,z.correctionRatio),N.u_zoomRatio&&F.uniform1f(N.u_zoomRatio,z.zoomRatio),N.u_pixelRatio&&F.uniform1f(N.u_pixelRatio,z.pixelRatio),N.u_cameraAngle&&F.uniform1f(N.u_cameraAngle,z.cameraAngle),N.u_feather&&F.uniform1f(N.u_feather,z.antiAliasingFeather),N.u_minEdgeThickness&&F.uniform1f(N.u_minEdgeThickness,z.minEdgeThickness),N.u_pickingPadding&&F.uniform1f(N.u_pickingPadding,z.edgePickingPadding),N.u_nodeDataTexture&&F.uniform1i(N.u_nodeDataTexture,z.nodeDataTextureUnit),N.u_nodeDataTextureWidth&&F.uniform1i(N.u_nodeDataTextureWidth,z.nodeDataTextureWidth),N.u_edgeDataTexture&&F.uniform1i(N.u_edgeDataTexture,z.edgeDataTextureUnit),N.u_edgeDataTextureWidth&&F.uniform1i(N.u_edgeDataTextureWidth,z.edgeDataTextureWidth),N.u_edgeFrameTexture&&F.uniform1i(N.u_edgeFrameTexture,z.edgeFrameTextureUnit),N.u_edgeFrameTextureWidth&&F.uniform1i(N.u_edgeFrameTextureWidth,z.edgeFrameTextureWidth),this.edgeAttributeTexture&&this.layout.floatsPerItem>0&&(this.edgeAttributeTexture.bind(ct),N.u_edgeAttributeTexture&&F.uniform1i(N.u_edgeAttributeTexture,ct),N.u_edgeAttributeTextureWidth&&F.uniform1i(N.u_edgeAttributeTextureWidth,this.edgeAttributeTexture.getTextureWidth()),N.u_edgeAttributeTexelsPerEdge&&F.uniform1i(N.u_edgeAttributeTexelsPerEdge,this.edgeAttributeTexture.getTexelsPerItem()));var M=new Set;d.forEach(function(q){q.uniforms.forEach(function(W){M.has(W.name)||(M.add(W.name),D.setTypedUniform(W,P))})}),g.forEach(function(q){q.uniforms.forEach(function(W){M.has(W.name)||(M.add(W.name),D.setTypedUniform(W,P))})}),h.forEach(function(q){q.uniforms.forEach(function(W){M.has(W.name)||(M.add(W.name),D.setTypedUniform(W,P))})})}},{key:"render",value:function(z,P,D){this.maybeRegenerateShaders(),pe(E,"render",this)([z,P,D])}},{key:"renderProgram",value:function(z,P){this.layerLifecycles.forEach(function(D){var F;return(F=D.beforeRender)===null||F===void 0?void 0:F.call(D)}),pe(E,"renderProgram",this)([z,P])}},{key:"uploadAttributeTexture",value:function(){this.edgeAttributeTexture&&this.layout.floatsPerItem>0&&this.edgeAttributeTexture.upload()}},{key:"kill",value:function(){this.layerLifecycles.forEach(function(z){var P;return(P=z.kill)===null||P===void 0?void 0:P.call(z)}),this.edgeAttributeTexture&&(this.edgeAttributeTexture.kill(),this.edgeAttributeTexture=null),pe(E,"kill",this)([])}}])})(Rt),T=g[m],S=g[y],w=H({paths:d,headLengthRatio:rt(T.length)?0:T.length,tailLengthRatio:rt(S.length)?0:S.length},n.label),k=xs(w),A=function(){return{labelProgram:Bh(a,null,e,w),labelBackgroundProgram:Ch(a,t,e,{shaderConfig:k})}},L=new _h(a,{paths:d,extremities:g,layers:h,nodeShapes:i,nodeLayers:o});return{edgeProgram:new b(a,null,e),createLabelPrograms:A,framePass:L}}function Wh(a){return ae(a)==="object"&&"uniforms"in a&&Array.isArray(a.uniforms)}function Uh(a){return ae(a)==="object"&&"uniforms"in a&&"attributes"in a&&"glsl"in a}function Hh(a){return ae(a)==="object"&&"uniforms"in a&&"attributes"in a&&"segments"in a}function qh(a){return ae(a)==="object"&&"uniforms"in a&&"attributes"in a&&"length"in a}function Vh(a){return ae(a)==="object"&&"uniforms"in a&&"attributes"in a&&"glsl"in a}function jh(a){return ae(a)==="object"&&"glsl"in a&&"name"in a&&!("uniforms"in a)}function Kh(a){return ae(a)==="object"&&"glsl"in a&&"name"in a&&!("uniforms"in a)}function Xh(a){return ae(a)==="object"&&"glsl"in a&&"name"in a&&!("uniforms"in a)}function Yh(a){if(Wh(a))return a;if(jh(a))return{name:a.name,glsl:a.glsl,inradiusFactor:a.inradiusFactor,uniforms:[]};throw new Error("Invalid node shape specification: ".concat(JSON.stringify(a)))}function Zh(a){if(Uh(a))return a;if(ku(a))return{name:a.name,glsl:a.glsl,uniforms:[],attributes:[]};throw new Error("Invalid node layer specification: ".concat(JSON.stringify(a)))}function Qh(a){if(Hh(a))return a;if(Kh(a))return{name:a.name,glsl:a.glsl,segments:a.segments,uniforms:[],attributes:[]};throw new Error("Invalid edge path specification: ".concat(JSON.stringify(a)))}function Jh(a){if(Vh(a))return a;if(Ru(a))return{name:a.name,glsl:a.glsl,uniforms:[],attributes:[]};throw new Error("Invalid edge layer specification: ".concat(JSON.stringify(a)))}function ec(a){if(qh(a))return a;if(Xh(a))return{name:a.name,glsl:a.glsl,length:a.length,widthFactor:a.widthFactor,margin:0,uniforms:[],attributes:[]};throw new Error("Invalid edge extremity specification: ".concat(JSON.stringify(a)))}function _s(a){var t,e,n=(t=a?.shapes)!==null&&t!==void 0?t:Zr.shapes,r=(e=a?.layers)!==null&&e!==void 0?e:Zr.layers,i=n.map(Yh),o=r.map(Zh);if(i.length===0)throw new Error("At least one node shape must be specified.");if(o.length===0)throw new Error("At least one node layer must be specified.");return{shapes:i,layers:o}}function tc(a){var t,e,n,r=(t=a?.paths)!==null&&t!==void 0?t:qn.paths,i=(e=a?.extremities)!==null&&e!==void 0?e:qn.extremities,o=(n=a?.layers)!==null&&n!==void 0?n:qn.layers,s=r.map(Qh),l=i.map(ec).filter(function(d){return d!==null}),u=o.map(Jh);if(s.length===0)throw new Error("At least one edge path must be specified.");if(u.length===0)throw new Error("At least one edge layer must be specified.");return{paths:s,extremities:l,layers:u}}function Ss(a,t){var e={},n=O(a),r;try{for(n.s();!(r=n.n()).done;){var i=r.value;i.variables&&Object.assign(e,i.variables)}}catch(o){n.e(o)}finally{n.f()}return Object.assign(e,t||{}),e}function nc(a,t,e,n,r){var i=_s(n),o=i.shapes,s=i.layers,l=Ss(o,n?.variables),u=th(a,t,e,{shapes:o,layers:s,label:n?.label,backdrop:n?.backdrop,labelAttachments:n?.labelAttachments},r);return H(H({},u),{},{variables:l})}function rc(a,t,e,n,r,i){var o=tc(n),s=o.paths,l=o.extremities,u=o.layers,d=_s(i),h=d.shapes,c=d.layers,f=Ss(s,n?.variables),g=$h(a,t,e,{paths:s,extremities:l,layers:u,defaultHead:n?.defaultHead,defaultTail:n?.defaultTail,label:n?.label},r,h,c);return H(H({},g),{},{variables:f,paths:s})}var ac=2;function ic(a,t,e){var n=arguments.length>3&&arguments[3]!==void 0?arguments[3]:ac,r=t.canvas,i=r.width,o=r.height,s=e.x,l=e.y,u=e.rowHeight,d=e.maxRowWidth,h={},c=[],f=O(a),g;try{for(f.s();!(g=f.n()).done;){var p=g.value,v=p.width+n,m=p.height+n;if(v>i||m>o||s+v>i&&l+u+m>o){c.push(p);continue}s+v>i&&(d=Math.max(d,s),s=0,l+=u,u=m),p.draw(t,s,l),h[p.key]={x:s,y:l,width:p.width,height:p.height},s+=v,u=Math.max(u,m)}}catch(y){f.e(y)}finally{f.f()}return d=Math.max(d,s),{atlas:h,cursor:{x:s,y:l,rowHeight:u,maxRowWidth:d},remaining:c}}function Pe(a,t,e,n){var r=Object.defineProperty;try{r({},"",{})}catch{r=0}Pe=function(i,o,s,l){function u(d,h){Pe(i,d,function(c){return this._invoke(d,h,c)})}o?r?r(i,o,{value:s,enumerable:!l,configurable:!l,writable:!l}):i[o]=s:(u("next",0),u("throw",1),u("return",2))},Pe(a,t,e,n)}function Fe(){var a,t,e=typeof Symbol=="function"?Symbol:{},n=e.iterator||"@@iterator",r=e.toStringTag||"@@toStringTag";function i(f,g,p,v){var m=g&&g.prototype instanceof s?g:s,y=Object.create(m.prototype);return Pe(y,"_invoke",(function(_,x,b){var T,S,w,k=0,A=b||[],L=!1,C={p:0,n:0,v:a,a:E,f:E.bind(a,4),d:function(G,z){return T=G,S=0,w=a,C.n=z,o}};function E(G,z){for(S=G,w=z,t=0;!L&&k&&!P&&t<A.length;t++){var P,D=A[t],F=C.p,N=D[2];G>3?(P=N===z)&&(w=D[(S=D[4])?5:(S=3,3)],D[4]=D[5]=a):D[0]<=F&&((P=G<2&&F<D[1])?(S=0,C.v=z,C.n=D[1]):F<N&&(P=G<3||D[0]>z||z>N)&&(D[4]=G,D[5]=z,C.n=N,S=0))}if(P||G>1)return o;throw L=!0,z}return function(G,z,P){if(k>1)throw TypeError("Generator is already running");for(L&&z===1&&E(z,P),S=z,w=P;(t=S<2?a:w)||!L;){T||(S?S<3?(S>1&&(C.n=-1),E(S,w)):C.n=w:C.v=w);try{if(k=2,T){if(S||(G="next"),t=T[G]){if(!(t=t.call(T,w)))throw TypeError("iterator result is not an object");if(!t.done)return t;w=t.value,S<2&&(S=0)}else S===1&&(t=T.return)&&t.call(T),S<2&&(w=TypeError("The iterator does not provide a '"+G+"' method"),S=1);T=a}else if((t=(L=C.n<0)?w:_.call(x,C))!==o)break}catch(D){T=a,S=1,w=D}finally{k=1}}return{value:t,done:L}}})(f,p,v),!0),y}var o={};function s(){}function l(){}function u(){}t=Object.getPrototypeOf;var d=[][n]?t(t([][n]())):(Pe(t={},n,function(){return this}),t),h=u.prototype=s.prototype=Object.create(d);function c(f){return Object.setPrototypeOf?Object.setPrototypeOf(f,u):(f.__proto__=u,Pe(f,r,"GeneratorFunction")),f.prototype=Object.create(h),f}return l.prototype=u,Pe(h,"constructor",u),Pe(u,"constructor",l),l.displayName="GeneratorFunction",Pe(u,r,"GeneratorFunction"),Pe(h),Pe(h,r,"Generator"),Pe(h,n,function(){return this}),Pe(h,"toString",function(){return"[object Generator]"}),(Fe=function(){return{w:i,m:c}})()}function pi(a,t,e,n,r,i,o){try{var s=a[i](o),l=s.value}catch(u){return void e(u)}s.done?t(l):Promise.resolve(l).then(n,r)}function qt(a){return function(){var t=this,e=arguments;return new Promise(function(n,r){var i=a.apply(t,e);function o(l){pi(i,n,r,o,s,"next",l)}function s(l){pi(i,n,r,o,s,"throw",l)}o(void 0)})}}var Bn=new Map,mi=!1;function oc(a){return new Promise(function(t,e){var n=new FileReader;n.onload=function(){return t(n.result)},n.onerror=e,n.readAsDataURL(a)})}function sc(a){if(!Bn.has(a)){var t=fetch(a).then(function(e){return e.blob()}).then(oc).catch(function(){return Bn.delete(a),null});Bn.set(a,t)}return Bn.get(a)}function lc(a){return aa.apply(this,arguments)}function aa(){return aa=qt(Fe().m(function a(t){var e,n,r;return Fe().w(function(i){for(;;)switch(i.n){case 0:return e=document.createElement("div"),e.innerHTML=t,n=Array.from(e.querySelectorAll("img[src]")),r=n.filter(function(o){return!o.getAttribute("src").startsWith("data:")}),i.n=1,Promise.all(r.map((function(){var o=qt(Fe().m(function s(l){var u;return Fe().w(function(d){for(;;)switch(d.n){case 0:return d.n=1,sc(l.getAttribute("src"));case 1:u=d.v,u&&l.setAttribute("src",u);case 2:return d.a(2)}},s)}));return function(s){return o.apply(this,arguments)}})()));case 1:return i.a(2,e.innerHTML)}},a)})),aa.apply(this,arguments)}function Ts(a){return ia.apply(this,arguments)}function ia(){return ia=qt(Fe().m(function a(t){var e,n,r,i,o,s,l,u,d,h,c,f,g,p=arguments;return Fe().w(function(v){for(;;)switch(v.n){case 0:if(e=p.length>1&&p[1]!==void 0?p[1]:1,n=t instanceof SVGElement?new XMLSerializer().serializeToString(t):t,r=new DOMParser,i=r.parseFromString(n,"image/svg+xml"),o=i.querySelector("svg"),o){v.n=1;break}return v.a(2,null);case 1:if(s=parseFloat(o.getAttribute("width")||""),l=parseFloat(o.getAttribute("height")||""),(!(s>0)||!(l>0))&&(u=o.getAttribute("viewBox"),u&&(d=u.trim().split(/[\s,]+/),s=parseFloat(d[2]),l=parseFloat(d[3]))),!(!(s>0)||!(l>0))){v.n=2;break}return console.warn("Sigma: SVG label attachment has no parseable dimensions — skipped."),v.a(2,null);case 2:return h=Math.ceil(s*e),c=Math.ceil(l*e),f=new Blob([n],{type:"image/svg+xml"}),g=URL.createObjectURL(f),v.a(2,new Promise(function(m){var y=new Image;y.onload=function(){var _=document.createElement("canvas");_.width=h,_.height=c,_.getContext("2d").drawImage(y,0,0,h,c),URL.revokeObjectURL(g);try{_.getContext("2d").getImageData(0,0,1,1)}catch(x){if(x instanceof DOMException&&x.name==="SecurityError"){mi||(mi=!0,console.warn('Sigma: A label attachment was skipped because the rendered canvas is tainted. SVG with <foreignObject> (used by the "html" attachment type) is blocked in Chromium and Safari. Use type: "canvas" with Canvas 2D rendering instead.')),m(null);return}throw x}m(_)},y.onerror=function(){URL.revokeObjectURL(g),m(null)},y.src=g}))}},a)})),ia.apply(this,arguments)}function uc(a,t){var e=document.createElement("div");e.style.cssText="position:fixed;left:-99999px;top:0;visibility:hidden;width:max-content;height:max-content",e.innerHTML=(t?"<style>".concat(t,"</style>"):"")+a,document.body.appendChild(e);var n=e.getBoundingClientRect(),r=n.width,i=n.height;return document.body.removeChild(e),{width:Math.ceil(r),height:Math.ceil(i)}}function dc(a,t,e,n){return oa.apply(this,arguments)}function oa(){return oa=qt(Fe().m(function a(t,e,n,r){var i,o,s,l,u,d,h,c,f=arguments;return Fe().w(function(g){for(;;)switch(g.n){case 0:return i=f.length>4&&f[4]!==void 0?f[4]:1,o=t instanceof HTMLElement?t.outerHTML:t,g.n=1,lc(o);case 1:return s=g.v,(n==null||r==null)&&(l=uc(s,e),n=n??l.width,r=r??l.height),u=Math.ceil(n*i),d=Math.ceil(r*i),h=e?"<style>".concat(e,"</style>"):"",c='<svg xmlns="http://www.w3.org/2000/svg" '+'width="'.concat(u,'" height="').concat(d,'" viewBox="0 0 ').concat(n," ").concat(r,'">')+'<foreignObject width="'.concat(n,'" height="').concat(r,'">')+'<body xmlns="http://www.w3.org/1999/xhtml" style="margin:0;padding:0">'.concat(h).concat(s,"</body>")+"</foreignObject></svg>",g.a(2,Ts(c,1))}},a)})),oa.apply(this,arguments)}function hc(a){return sa.apply(this,arguments)}function sa(){return sa=qt(Fe().m(function a(t){var e,n=arguments,r;return Fe().w(function(i){for(;;)switch(i.n){case 0:e=n.length>1&&n[1]!==void 0?n[1]:1,r=t.type,i.n=r==="canvas"?1:r==="svg"?2:r==="html"?3:4;break;case 1:return i.a(2,t.canvas);case 2:return i.a(2,Ts(t.svg,e));case 3:return i.a(2,dc(t.html,t.css,t.width,t.height,e));case 4:return i.a(2)}},a)})),sa.apply(this,arguments)}var Pt=2048,cc=(function(){function a(t,e,n){ne(this,a),I(this,"cache",new Map),I(this,"pending",new Set),I(this,"atlas",{}),I(this,"glTexture",null),I(this,"dirty",!0),this.gl=t,this.renderers=e,this.scheduleRender=n,this.packCanvas=document.createElement("canvas"),this.packCanvas.width=Pt,this.packCanvas.height=Pt,this.packCtx=this.packCanvas.getContext("2d")}return re(a,[{key:"renderAttachment",value:function(e,n,r){var i=this,o="".concat(e,":").concat(n);if(!(this.cache.has(o)||this.pending.has(o))){var s=this.renderers[n];if(s){var l=s(r);if(l){this.pending.add(o);var u=r.pixelRatio;Promise.resolve(l).then((function(){var d=qt(Fe().m(function h(c){var f;return Fe().w(function(g){for(;;)switch(g.n){case 0:if(i.pending.has(o)){g.n=1;break}return g.a(2);case 1:if(i.pending.delete(o),c){g.n=2;break}return g.a(2);case 2:return g.n=3,hc(c,u);case 3:if(f=g.v,!(!f||f.width===0||f.height===0)){g.n=4;break}return g.a(2);case 4:i.cache.set(o,{image:f,width:f.width,height:f.height}),i.dirty=!0,i.scheduleRender();case 5:return g.a(2)}},h)}));return function(h){return d.apply(this,arguments)}})())}}}}},{key:"regenerateAtlas",value:function(){if(this.dirty){this.dirty=!1;var e=[];if(this.cache.forEach(function(u,d){e.push({key:d,width:u.width,height:u.height,draw:function(c,f,g){c.drawImage(u.image,f,g)}})}),e.length===0){this.atlas={},this.deleteGLTexture();return}var n={x:0,y:0,rowHeight:0,maxRowWidth:0};this.packCtx.clearRect(0,0,Pt,Pt);var r=ic(e,this.packCtx,n),i=r.atlas,o=r.remaining;this.atlas=i,o.length>0&&console.warn("Sigma: ".concat(o.length," label attachment(s) could not fit in the ").concat(Pt,"x").concat(Pt," atlas and will not be rendered.")),this.deleteGLTexture();var s=this.gl,l=s.createTexture();s.activeTexture(s.TEXTURE0+La),s.bindTexture(s.TEXTURE_2D,l),s.pixelStorei(s.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!0),s.texImage2D(s.TEXTURE_2D,0,s.RGBA,s.RGBA,s.UNSIGNED_BYTE,this.packCanvas),s.pixelStorei(s.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),s.texParameteri(s.TEXTURE_2D,s.TEXTURE_MIN_FILTER,s.LINEAR),s.texParameteri(s.TEXTURE_2D,s.TEXTURE_MAG_FILTER,s.LINEAR),s.texParameteri(s.TEXTURE_2D,s.TEXTURE_WRAP_S,s.CLAMP_TO_EDGE),s.texParameteri(s.TEXTURE_2D,s.TEXTURE_WRAP_T,s.CLAMP_TO_EDGE),this.glTexture=l}}},{key:"bindTexture",value:function(e){if(this.glTexture){var n=this.gl;n.activeTexture(n.TEXTURE0+e),n.bindTexture(n.TEXTURE_2D,this.glTexture)}}},{key:"getEntry",value:function(e,n){var r="".concat(e,":").concat(n);return this.atlas[r]||null}},{key:"invalidateNode",value:function(e){var n="".concat(e,":"),r=O(this.cache.keys()),i;try{for(r.s();!(i=r.n()).done;){var o=i.value;o.startsWith(n)&&(this.cache.delete(o),this.dirty=!0)}}catch(d){r.e(d)}finally{r.f()}var s=O(this.pending),l;try{for(s.s();!(l=s.n()).done;){var u=l.value;u.startsWith(n)&&this.pending.delete(u)}}catch(d){s.e(d)}finally{s.f()}}},{key:"restore",value:function(){this.glTexture=null,this.dirty=!0}},{key:"clear",value:function(){this.cache.clear(),this.pending.clear(),this.atlas={},this.dirty=!0,this.deleteGLTexture()}},{key:"kill",value:function(){this.clear(),this.packCanvas=null,this.packCtx=null,this.gl=null}},{key:"deleteGLTexture",value:function(){this.glTexture&&(this.gl.deleteTexture(this.glTexture),this.glTexture=null)}}])})(),vi=(function(){function a(t){ne(this,a),I(this,"buckets",new Map),I(this,"keyDepth",new Map);var e=O(t),n;try{for(e.s();!(n=e.n()).done;){var r=n.value;this.buckets.set(r,new Set)}}catch(i){e.e(i)}finally{e.f()}}return re(a,[{key:"has",value:function(e){return this.keyDepth.has(e)}},{key:"getBucket",value:function(e){return this.buckets.get(e)}},{key:"set",value:function(e,n){var r,i=this.keyDepth.get(e);if(i!==n){var o=this.buckets.get(n);if(!o)throw new Error('Sigma: "'.concat(n,'" is not a declared depth layer'));i!==void 0&&((r=this.buckets.get(i))===null||r===void 0||r.delete(e)),o.add(e),this.keyDepth.set(e,n)}}},{key:"remove",value:function(e){var n=this.keyDepth.get(e);n!==void 0&&(this.buckets.get(n).delete(e),this.keyDepth.delete(e))}},{key:"clearAll",value:function(){var e=O(this.buckets.values()),n;try{for(e.s();!(n=e.n()).done;){var r=n.value;r.clear()}}catch(i){e.e(i)}finally{e.f()}this.keyDepth.clear()}},{key:"getSorted",value:function(e,n){var r=this.buckets.get(e);return!r||r.size===0?[]:Q(r).sort(function(i,o){return n(i)-n(o)})}}])})(),fc=(function(a){function t(e,n){return ne(this,t),me(this,t,[e,2,n])}return ve(t,a),re(t,[{key:"updateNode",value:function(n,r,i,o,s,l,u,d){var h=this.indexMap.get(n);if(h===void 0)throw new Error('Node "'.concat(n,'" not allocated in NodeDataTexture'));var c=hn(d),f=le(c,4),g=f[0],p=f[1],v=f[2],m=f[3],y=h*2*4;this.data[y]=r,this.data[y+1]=i,this.data[y+2]=o,this.data[y+3]=s,this.data[y+4]=l,this.data[y+5]=u,this.data[y+6]=g*65536+p*256+v,this.data[y+7]=m/255,this.markDirty(h)}}])})(Da),gc=1024,pc=1.5,mc=4096,yi=(function(){function a(t,e){var n;if(ne(this,a),I(this,"texture",null),I(this,"framebuffer",null),!t.getExtension("EXT_color_buffer_float"))throw new Error("sigma: EXT_color_buffer_float is required for label/edge placement but is unavailable in this WebGL2 context.");this.gl=t,this.channels=e.channels,this.capacity=this.roundUpToPowerOfTwo((n=e.initialCapacity)!==null&&n!==void 0?n:gc);var r=this.computeDimensions(this.capacity);this.textureWidth=r.width,this.textureHeight=r.height,this.create()}return re(a,[{key:"roundUpToPowerOfTwo",value:function(e){return Math.pow(2,Math.ceil(Math.log2(Math.max(1,e))))}},{key:"computeDimensions",value:function(e){var n=Math.min(e,mc),r=Math.ceil(e/n);return{width:n,height:r}}},{key:"create",value:function(){var e=this.gl,n=this.channels===1?e.R32F:e.RGBA32F,r=this.channels===1?e.RED:e.RGBA;if(this.texture=e.createTexture(),e.activeTexture(e.TEXTURE0),e.bindTexture(e.TEXTURE_2D,this.texture),e.texImage2D(e.TEXTURE_2D,0,n,this.textureWidth,this.textureHeight,0,r,e.FLOAT,null),e.texParameteri(e.TEXTURE_2D,e.TEXTURE_MIN_FILTER,e.NEAREST),e.texParameteri(e.TEXTURE_2D,e.TEXTURE_MAG_FILTER,e.NEAREST),e.texParameteri(e.TEXTURE_2D,e.TEXTURE_WRAP_S,e.CLAMP_TO_EDGE),e.texParameteri(e.TEXTURE_2D,e.TEXTURE_WRAP_T,e.CLAMP_TO_EDGE),this.framebuffer=e.createFramebuffer(),e.bindFramebuffer(e.FRAMEBUFFER,this.framebuffer),e.framebufferTexture2D(e.FRAMEBUFFER,e.COLOR_ATTACHMENT0,e.TEXTURE_2D,this.texture,0),e.checkFramebufferStatus(e.FRAMEBUFFER)!==e.FRAMEBUFFER_COMPLETE)throw new Error("sigma: float framebuffer for frame-pass placement is incomplete.");e.bindFramebuffer(e.FRAMEBUFFER,null),e.bindTexture(e.TEXTURE_2D,null)}},{key:"ensureCapacity",value:function(e){if(!(e<=this.capacity)){var n=this.gl;this.capacity=this.roundUpToPowerOfTwo(Math.ceil(e*pc));var r=this.computeDimensions(this.capacity);this.textureWidth=r.width,this.textureHeight=r.height,this.texture&&n.deleteTexture(this.texture),this.framebuffer&&n.deleteFramebuffer(this.framebuffer),this.create()}}},{key:"bindAsRenderTarget",value:function(){var e=this.gl;e.bindFramebuffer(e.FRAMEBUFFER,this.framebuffer),e.viewport(0,0,this.textureWidth,this.textureHeight)}},{key:"bind",value:function(e){var n=this.gl;n.activeTexture(n.TEXTURE0+e),n.bindTexture(n.TEXTURE_2D,this.texture)}},{key:"getTexture",value:function(){return this.texture}},{key:"getTextureWidth",value:function(){return this.textureWidth}},{key:"getTextureHeight",value:function(){return this.textureHeight}},{key:"restore",value:function(){this.gl.getExtension("EXT_color_buffer_float"),this.create()}},{key:"kill",value:function(){var e=this.gl;this.texture&&(e.deleteTexture(this.texture),this.texture=null),this.framebuffer&&(e.deleteFramebuffer(this.framebuffer),this.framebuffer=null)}}])})(),vc=(function(a){function t(e,n){return ne(this,t),me(this,t,[e,2,n])}return ve(t,a),re(t,[{key:"updateEdge",value:function(n,r,i,o,s,l){var u=arguments.length>6&&arguments[6]!==void 0?arguments[6]:0,d=arguments.length>7&&arguments[7]!==void 0?arguments[7]:0,h=arguments.length>8&&arguments[8]!==void 0?arguments[8]:0,c=this.indexMap.get(n);if(c===void 0)throw new Error('Edge "'.concat(n,'" not allocated in EdgeDataTexture'));var f=c*this.TEXELS_PER_ITEM*4;this.data[f+0]=r,this.data[f+1]=i,this.data[f+2]=o,this.data[f+3]=0,this.data[f+4]=s,this.data[f+5]=l,this.data[f+6]=u,this.data[f+7]=(d&15)<<4|h&15,this.markDirty(c)}}])})(Da);function yc(a,t){if(a==null)return{};var e={};for(var n in a)if({}.hasOwnProperty.call(a,n)){if(t.indexOf(n)!==-1)continue;e[n]=a[n]}return e}function bi(a,t){if(a==null)return{};var e,n,r=yc(a,t);if(Object.getOwnPropertySymbols){var i=Object.getOwnPropertySymbols(a);for(n=0;n<i.length;n++)e=i[n],t.indexOf(e)===-1&&{}.propertyIsEnumerable.call(a,e)&&(r[e]=a[e])}return r}var bc=["factor"],xc=["factor"],xi=1.5,br={x:.5,y:.5,angle:0,ratio:1},_i=(function(a){function t(){var e;ne(this,t);for(var n=arguments.length,r=new Array(n),i=0;i<n;i++)r[i]=arguments[i];return e=me(this,t,[].concat(r)),I(e,"minRatio",null),I(e,"maxRatio",null),I(e,"enabled",!0),I(e,"enabledZooming",!0),I(e,"enabledPanning",!0),I(e,"enabledRotation",!0),I(e,"constrainState",null),I(e,"state",H({},br)),I(e,"previousState",H({},br)),I(e,"nextFrame",null),I(e,"currentAnimationFrom",null),I(e,"currentAnimationTo",null),I(e,"animationCallback",null),e}return ve(t,a),re(t,[{key:"x",get:function(){return this.state.x}},{key:"y",get:function(){return this.state.y}},{key:"angle",get:function(){return this.state.angle}},{key:"ratio",get:function(){return this.state.ratio}},{key:"getState",value:function(){return H({},this.state)}},{key:"getPreviousState",value:function(){return H({},this.previousState)}},{key:"getBoundedRatio",value:function(n){var r=n;return typeof this.minRatio=="number"&&(r=Math.max(r,this.minRatio)),typeof this.maxRatio=="number"&&(r=Math.min(r,this.maxRatio)),r}},{key:"validateState",value:function(n){var r=this.getState();return this.enabledPanning&&typeof n.x=="number"&&(r.x=n.x),this.enabledPanning&&typeof n.y=="number"&&(r.y=n.y),this.enabledZooming&&typeof n.ratio=="number"&&(r.ratio=this.getBoundedRatio(n.ratio)),this.enabledRotation&&typeof n.angle=="number"&&(r.angle=n.angle),this.constrainState?this.constrainState(r):r}},{key:"isAnimating",value:function(){return this.nextFrame!==null}},{key:"setState",value:function(n){if(!this.enabled)return this;var r=this.validateState(n);return rd(this.state,r)?this:(this.previousState=this.state,this.state=r,this.emit("updated",this.getState()),this)}},{key:"updateState",value:function(n){return this.setState(n(this.getState())),this}},{key:"animate",value:function(n,r){var i=this;return this.enabled?new Promise(function(o){return i.runAnimation(n,H(H({},od),r),o)}):Promise.resolve()}},{key:"cancelAnimation",value:function(){return this.nextFrame!==null&&(cancelAnimationFrame(this.nextFrame),this.nextFrame=null),this.resolveAnimation(),this.emitAnimationEnd(!1),this}},{key:"zoomIn",value:function(){var n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},r=n.factor,i=r===void 0?xi:r,o=bi(n,bc);return this.animate({ratio:this.ratio/i},o)}},{key:"zoomOut",value:function(){var n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:{},r=n.factor,i=r===void 0?xi:r,o=bi(n,xc);return this.animate({ratio:this.ratio*i},o)}},{key:"reset",value:function(n){return this.animate(br,n)}},{key:"runAnimation",value:function(n,r,i){var o=this,s=Yo(r.easing),l=Date.now(),u=this.getState(),d=this.validateState(n),h=function(){if(!o.enabled){o.cancelAnimation();return}var f=r.duration>0?(Date.now()-l)/r.duration:1;if(f>=1){o.nextFrame=null,o.setState(d),o.resolveAnimation(),o.emitAnimationEnd(!0);return}var g=s(f);o.setState({x:u.x+(d.x-u.x)*g,y:u.y+(d.y-u.y)*g,angle:u.angle+(d.angle-u.angle)*g,ratio:u.ratio+(d.ratio-u.ratio)*g}),o.nextFrame=requestAnimationFrame(h)};this.cancelAnimation(),this.currentAnimationFrom=u,this.currentAnimationTo=d,this.animationCallback=i,this.emit("animationStart",{from:u,to:d}),h()}},{key:"resolveAnimation",value:function(){var n=this.animationCallback;this.animationCallback=null,n&&n()}},{key:"emitAnimationEnd",value:function(n){var r=this.currentAnimationFrom,i=this.currentAnimationTo;!r||!i||(this.currentAnimationFrom=null,this.currentAnimationTo=null,this.emit("animationEnd",{from:r,to:i,completed:n}))}}],[{key:"from",value:function(n){var r=new t;return r.setState(n)}}])})(Sa);function Ie(a,t){var e=t.getBoundingClientRect();return{x:a.clientX-e.left,y:a.clientY-e.top}}function Ye(a,t){var e=H(H({},Ie(a,t)),{},{sigmaDefaultPrevented:!1,preventSigmaDefault:function(){e.sigmaDefaultPrevented=!0},original:a});return e}function mt(a){var t="x"in a?a:H(H({},a.touches[0]||a.previousTouches[0]),{},{original:a.original,sigmaDefaultPrevented:a.sigmaDefaultPrevented,preventSigmaDefault:function(){a.sigmaDefaultPrevented=!0,t.sigmaDefaultPrevented=!0}});return t}function _c(a,t){var e=Ye(a,t);return e.delta=Es(a),e}var Sc=2;function Kn(a){for(var t=[],e=0,n=Math.min(a.length,Sc);e<n;e++)t.push(a[e]);return t}function an(a,t,e){var n={touches:Kn(a.touches).map(function(r){return Ie(r,e)}),previousTouches:t.map(function(r){return Ie(r,e)}),sigmaDefaultPrevented:!1,preventSigmaDefault:function(){n.sigmaDefaultPrevented=!0},original:a};return n}function Es(a){if(typeof a.deltaY<"u")return a.deltaY*-3/360;if(typeof a.detail<"u")return a.detail/-9;throw new Error("Captor: could not extract delta from event.")}var ws=(function(a){function t(e,n){var r;return ne(this,t),r=me(this,t),r.container=e,r.renderer=n,r}return ve(t,a),re(t)})(Sa),Tc=["doubleClickTimeout","doubleClickZoomingDuration","doubleClickZoomingRatio","dragTimeout","draggedEventsTolerance","enableCameraMouseRotation","gestureTarget","inertiaDuration","inertiaRatio","zoomDuration","zoomingRatio"],Ec=Tc.reduce(function(a,t){return H(H({},a),{},I({},t,Ta[t]))},{});function on(a){return a instanceof PointerEvent&&a.pointerType==="touch"}var wc=(function(a){function t(e,n){var r;return ne(this,t),r=me(this,t,[e,n]),I(r,"enabled",!0),I(r,"draggedEvents",0),I(r,"downStartTime",null),I(r,"lastMouseX",null),I(r,"lastMouseY",null),I(r,"isMouseDown",!1),I(r,"isMoving",!1),I(r,"isPanningStage",!1),I(r,"movingTimeout",null),I(r,"startCameraState",null),I(r,"clicks",0),I(r,"doubleClickTimeout",null),I(r,"isRightMouseDown",!1),I(r,"startRotationAngle",null),I(r,"startCameraAngle",null),I(r,"currentWheelDirection",0),I(r,"lastWheelAnimationId",0),I(r,"settings",Ec),r.handleRightClick=r.handleRightClick.bind(r),r.handleDown=r.handleDown.bind(r),r.handleUp=r.handleUp.bind(r),r.handleMove=r.handleMove.bind(r),r.handleWheel=r.handleWheel.bind(r),r.handleLeave=r.handleLeave.bind(r),r.handleEnter=r.handleEnter.bind(r),e.addEventListener("contextmenu",r.handleRightClick,{capture:!1}),e.addEventListener("pointerdown",r.handleDown,{capture:!1}),e.addEventListener("wheel",r.handleWheel,{capture:!1,passive:!1}),e.addEventListener("pointerleave",r.handleLeave,{capture:!1}),e.addEventListener("pointerenter",r.handleEnter,{capture:!1}),document.addEventListener("pointermove",r.handleMove,{capture:!1}),document.addEventListener("pointerup",r.handleUp,{capture:!1}),r}return ve(t,a),re(t,[{key:"kill",value:function(){var n=this.container;n.removeEventListener("contextmenu",this.handleRightClick),n.removeEventListener("pointerdown",this.handleDown),n.removeEventListener("wheel",this.handleWheel),n.removeEventListener("pointerleave",this.handleLeave),n.removeEventListener("pointerenter",this.handleEnter),document.removeEventListener("pointermove",this.handleMove),document.removeEventListener("pointerup",this.handleUp)}},{key:"handleClick",value:function(n){var r=this;if(this.enabled){if(this.clicks++,this.clicks===2)return this.clicks=0,typeof this.doubleClickTimeout=="number"&&(clearTimeout(this.doubleClickTimeout),this.doubleClickTimeout=null),this.handleDoubleClick(n);setTimeout(function(){r.clicks=0,r.doubleClickTimeout=null},this.settings.doubleClickTimeout),this.draggedEvents<this.settings.draggedEventsTolerance&&this.emit("click",Ye(n,this.container))}}},{key:"handleRightClick",value:function(n){this.enabled&&(this.settings.enableCameraMouseRotation&&n.preventDefault(),this.emit("rightClick",Ye(n,this.container)))}},{key:"handleDoubleClick",value:function(n){if(this.enabled){n.preventDefault(),n.stopPropagation();var r=Ye(n,this.container);if(this.emit("doubleClick",r),!r.sigmaDefaultPrevented){var i=this.renderer.getCamera(),o=i.getBoundedRatio(i.getState().ratio/this.settings.doubleClickZoomingRatio);i.animate(this.renderer.getViewportZoomedState(Ie(n,this.container),o),{easing:"quadraticInOut",duration:this.settings.doubleClickZoomingDuration})}}}},{key:"handleDown",value:function(n){if(!(!this.enabled||on(n))){if(n.button===0){this.startCameraState=this.renderer.getCamera().getState();var r=Ie(n,this.container),i=r.x,o=r.y;this.lastMouseX=i,this.lastMouseY=o,this.draggedEvents=0,this.downStartTime=Date.now(),this.isMouseDown=!0}if(n.button===2&&this.settings.enableCameraMouseRotation){var s=Ie(n,this.container),l=s.x,u=s.y,d=this.container.offsetWidth/2,h=this.container.offsetHeight/2;this.startRotationAngle=Math.atan2(u-h,l-d),this.startCameraAngle=this.renderer.getCamera().getState().angle,this.isRightMouseDown=!0}this.emit("mousedown",Ye(n,this.container))}}},{key:"handleUp",value:function(n){var r=this;if(!(!this.enabled||on(n)||!this.isMouseDown&&!this.isRightMouseDown)){if(this.isRightMouseDown){this.isRightMouseDown=!1,this.startRotationAngle=null,this.startCameraAngle=null,this.emit("mouseup",Ye(n,this.container));return}var i=this.renderer.getCamera();this.isMouseDown=!1,this.isPanningStage&&(this.isPanningStage=!1,this.renderer._setPanning(!1)),typeof this.movingTimeout=="number"&&(clearTimeout(this.movingTimeout),this.movingTimeout=null);var o=Ie(n,this.container),s=o.x,l=o.y,u=i.getState(),d=i.getPreviousState();this.isMoving?i.animate({x:u.x+this.settings.inertiaRatio*(u.x-d.x),y:u.y+this.settings.inertiaRatio*(u.y-d.y)},{duration:this.settings.inertiaDuration,easing:"quadraticOut"}):(this.lastMouseX!==s||this.lastMouseY!==l)&&i.setState({x:u.x,y:u.y}),this.isMoving=!1,setTimeout(function(){var h=r.draggedEvents>0;r.draggedEvents=0;var c=r.renderer.getSetting("hideEdgesOnMove")||r.renderer.getSetting("hideLabelsOnMove");h&&c&&r.renderer.refresh()},0),this.emit("mouseup",Ye(n,this.container)),(n.target===this.container||n.composedPath()[0]===this.container)&&this.handleClick(n)}}},{key:"handleMove",value:function(n){var r=this;if(!(!this.enabled||on(n))){var i=Ye(n,this.container);if(this.emit("mousemovebody",i),(n.target===this.container||n.composedPath()[0]===this.container)&&this.emit("mousemove",i),this.isMouseDown&&this.draggedEvents++,!i.sigmaDefaultPrevented){if(this.isMouseDown){this.isMoving=!0,typeof this.movingTimeout=="number"&&clearTimeout(this.movingTimeout),this.movingTimeout=window.setTimeout(function(){r.movingTimeout=null,r.isMoving=!1},this.settings.dragTimeout);var o=this.renderer.getCamera(),s=Ie(n,this.container),l=s.x,u=s.y,d=this.renderer.viewportToFramedGraph({x:this.lastMouseX,y:this.lastMouseY}),h=this.renderer.viewportToFramedGraph({x:l,y:u}),c=d.x-h.x,f=d.y-h.y,g=o.getState(),p=g.x+c,v=g.y+f;this.isPanningStage||(this.isPanningStage=!0,this.renderer._setPanning(!0)),o.setState({x:p,y:v}),this.lastMouseX=l,this.lastMouseY=u,n.preventDefault(),n.stopPropagation()}if(this.isRightMouseDown){var m=Ie(n,this.container),y=m.x,_=m.y,x=this.container.offsetWidth/2,b=this.container.offsetHeight/2,T=Math.atan2(_-b,y-x),S=T-this.startRotationAngle,w=this.renderer.getCamera();w.setState({angle:this.startCameraAngle+S}),n.preventDefault(),n.stopPropagation()}}}}},{key:"handleLeave",value:function(n){on(n)||this.emit("mouseleave",Ye(n,this.container))}},{key:"handleEnter",value:function(n){on(n)||this.emit("mouseenter",Ye(n,this.container))}},{key:"handleWheel",value:function(n){var r=this,i=this.renderer.getCamera();if(!(!this.enabled||!i.enabledZooming)){var o=_c(n,this.container);if(this.emit("wheel",o),!o.sigmaDefaultPrevented){var s=this.settings.gestureTarget;if(s!=="page"){if(s==="shared"&&!n.ctrlKey&&!n.metaKey){this.renderer._showGestureHint("wheel");return}var l=Es(n);if(l){n.preventDefault(),n.stopPropagation();var u=i.getState().ratio,d=l>0?1/this.settings.zoomingRatio:this.settings.zoomingRatio,h=i.getBoundedRatio(u*d),c=l>0?1:-1,f=Date.now();if(u!==h&&!(this.currentWheelDirection===c&&this.lastWheelTriggerTime&&f-this.lastWheelTriggerTime<this.settings.zoomDuration/5)){var g=++this.lastWheelAnimationId;i.animate(this.renderer.getViewportZoomedState(Ie(n,this.container),h),{easing:"quadraticOut",duration:this.settings.zoomDuration}).then(function(){r.lastWheelAnimationId===g&&(r.currentWheelDirection=0)}),this.currentWheelDirection=c,this.lastWheelTriggerTime=f}}}}}}},{key:"setSettings",value:function(n){this.settings=n}}])})(ws),kc=["dragTimeout","gestureTarget","inertiaDuration","inertiaRatio","doubleClickTimeout","doubleClickZoomingRatio","doubleClickZoomingDuration","tapMoveTolerance"],Rc=kc.reduce(function(a,t){return H(H({},a),{},I({},t,Ta[t]))},{}),Ac=(function(a){function t(e,n){var r;return ne(this,t),r=me(this,t,[e,n]),I(r,"enabled",!0),I(r,"isMoving",!1),I(r,"hasMoved",!1),I(r,"isPanningStage",!1),I(r,"isZoomingStage",!1),I(r,"touchMode",0),I(r,"startTouchesPositions",[]),I(r,"lastTouches",[]),I(r,"lastTap",null),I(r,"settings",Rc),r.handleStart=r.handleStart.bind(r),r.handleLeave=r.handleLeave.bind(r),r.handleMove=r.handleMove.bind(r),e.addEventListener("touchstart",r.handleStart,{capture:!1}),e.addEventListener("touchcancel",r.handleLeave,{capture:!1}),document.addEventListener("touchend",r.handleLeave,{capture:!1,passive:!1}),document.addEventListener("touchmove",r.handleMove,{capture:!1,passive:!1}),r}return ve(t,a),re(t,[{key:"kill",value:function(){var n=this.container;n.removeEventListener("touchstart",this.handleStart),n.removeEventListener("touchcancel",this.handleLeave),document.removeEventListener("touchend",this.handleLeave),document.removeEventListener("touchmove",this.handleMove)}},{key:"getDimensions",value:function(){return{width:this.container.offsetWidth,height:this.container.offsetHeight}}},{key:"doesCapture",value:function(n){var r=this.settings.gestureTarget;return r==="graph"?!0:r==="page"?!1:n>=2}},{key:"syncStageFlags",value:function(){var n=this.touchMode===1&&this.hasMoved,r=this.touchMode===2;n!==this.isPanningStage&&(this.isPanningStage=n,this.renderer._setPanning(n)),r!==this.isZoomingStage&&(this.isZoomingStage=r,this.renderer._setZooming(r))}},{key:"handleStart",value:function(n){var r=this;if(this.enabled){var i=Kn(n.touches);if(this.touchMode=i.length,this.startCameraState=this.renderer.getCamera().getState(),this.startTouchesPositions=i.map(function(f){return Ie(f,r.container)}),this.touchMode===2){var o=le(this.startTouchesPositions,2),s=o[0],l=s.x,u=s.y,d=o[1],h=d.x,c=d.y;this.startTouchesAngle=Math.atan2(c-u,h-l),this.startTouchesDistance=Math.sqrt(Math.pow(h-l,2)+Math.pow(c-u,2))}this.syncStageFlags(),this.emit("touchdown",an(n,this.lastTouches,this.container)),this.lastTouches=i,this.lastTouchesPositions=this.startTouchesPositions,n.cancelable&&(this.doesCapture(n.touches.length)||this.renderer._hasNodeDrag())&&n.preventDefault()}}},{key:"handleLeave",value:function(n){if(!(!this.enabled||!this.startTouchesPositions.length)){switch(n.cancelable&&this.doesCapture(this.touchMode)&&n.preventDefault(),this.movingTimeout&&(this.isMoving=!1,clearTimeout(this.movingTimeout)),this.touchMode){case 2:if(n.touches.length===1){this.handleStart(n);break}case 1:if(this.isMoving){var r=this.renderer.getCamera(),i=r.getState(),o=r.getPreviousState();r.animate({x:i.x+this.settings.inertiaRatio*(i.x-o.x),y:i.y+this.settings.inertiaRatio*(i.y-o.y)},{duration:this.settings.inertiaDuration,easing:"quadraticOut"})}this.hasMoved=!1,this.isMoving=!1,this.touchMode=0;break}if(this.syncStageFlags(),this.emit("touchup",an(n,this.lastTouches,this.container)),!n.touches.length){var s=Ie(this.lastTouches[0],this.container),l=this.startTouchesPositions[0],u=Math.pow(s.x-l.x,2)+Math.pow(s.y-l.y,2);if(!n.touches.length&&u<Math.pow(this.settings.tapMoveTolerance,2))if(this.lastTap&&Date.now()-this.lastTap.time<this.settings.doubleClickTimeout){var d=an(n,this.lastTouches,this.container);if(this.emit("doubletap",d),this.lastTap=null,!d.sigmaDefaultPrevented&&this.settings.gestureTarget!=="page"){var h=this.renderer.getCamera(),c=h.getBoundedRatio(h.getState().ratio/this.settings.doubleClickZoomingRatio);h.animate(this.renderer.getViewportZoomedState(s,c),{easing:"quadraticInOut",duration:this.settings.doubleClickZoomingDuration})}}else{var f=an(n,this.lastTouches,this.container);this.emit("tap",f),this.lastTap={time:Date.now(),position:f.touches[0]||f.previousTouches[0]}}}this.lastTouches=Kn(n.touches),this.startTouchesPositions=[]}}},{key:"handleMove",value:function(n){var r=this;if(!(!this.enabled||!this.startTouchesPositions.length)){var i=this.doesCapture(n.touches.length);i&&n.preventDefault();var o=Kn(n.touches),s=o.map(function(W){return Ie(W,r.container)}),l=this.lastTouches;this.lastTouches=o,this.lastTouchesPositions=s;var u=an(n,l,this.container);if(this.emit("touchmove",u),!u.sigmaDefaultPrevented&&(this.hasMoved||(this.hasMoved=s.some(function(W,$){var K=r.startTouchesPositions[$];return K&&(W.x!==K.x||W.y!==K.y)})),!!this.hasMoved)){if(!i){this.settings.gestureTarget==="shared"&&this.renderer._showGestureHint("touch");return}this.isMoving=!0,this.syncStageFlags(),this.movingTimeout&&clearTimeout(this.movingTimeout),this.movingTimeout=window.setTimeout(function(){r.isMoving=!1},this.settings.dragTimeout);var d=this.renderer.getCamera(),h=this.startCameraState,c=this.renderer.getSetting("stagePadding");switch(this.touchMode){case 1:{var f=this.renderer.viewportToFramedGraph((this.startTouchesPositions||[])[0]),g=f.x,p=f.y,v=this.renderer.viewportToFramedGraph(s[0]),m=v.x,y=v.y;d.setState({x:h.x+g-m,y:h.y+p-y});break}case 2:{var _={x:.5,y:.5,angle:0,ratio:1},x=s[0],b=x.x,T=x.y,S=s[1],w=S.x,k=S.y,A=Math.atan2(k-T,w-b)-this.startTouchesAngle,L=Math.hypot(k-T,w-b)/this.startTouchesDistance,C=d.getBoundedRatio(h.ratio/L);_.ratio=C,_.angle=h.angle+A;var E=this.getDimensions(),G=this.renderer.viewportToFramedGraph((this.startTouchesPositions||[])[0],{cameraState:h}),z=Math.min(E.width,E.height)-2*c,P=z/E.width,D=z/E.height,F=C/z,N=b-z/2/P,M=T-z/2/D,q=Oo({x:N,y:M},_.angle);N=q.x,M=q.y,_.x=G.x-N*F,_.y=G.y+M*F,d.setState(_);break}}}}}},{key:"setSettings",value:function(n){this.settings=n}}])})(ws),Dc=(function(){function a(t,e,n,r){ne(this,a),I(this,"pendingNode",null),I(this,"session",null),this.graph=t,this.viewportToGraph=e,this.setNodesState=n,this.emit=r}return re(a,[{key:"start",value:function(e,n,r,i,o){var s=r(e),l=!1;if(this.emit("nodeDragStart",{node:e,allDraggedNodes:s,event:n,preventSigmaDefault:function(){l=!0}}),l)return!1;var u=new Map,d=O(s),h;try{for(d.s();!(h=d.n()).done;){var c=h.value;u.set(c,{x:this.graph.getNodeAttribute(c,i),y:this.graph.getNodeAttribute(c,o)})}}catch(f){d.e(f)}finally{d.f()}return this.session={node:e,allNodes:s,startPosition:this.viewportToGraph(n),startNodePositions:u,xAttr:i,yAttr:o},this.setNodesState(s,{isDragged:!0}),!0}},{key:"applyMove",value:function(e,n){var r=this.session,i=r.allNodes,o=r.startNodePositions,s=r.startPosition,l=r.xAttr,u=r.yAttr,d=this.viewportToGraph(e),h={x:d.x-s.x,y:d.y-s.y},c=O(i),f;try{for(c.s();!(f=c.n()).done;){var g=f.value,p=o.get(g);if(!(!p||!this.graph.hasNode(g))){var v={x:p.x+h.x,y:p.y+h.y};n?this.graph.mergeNodeAttributes(g,n(v,g)):(this.graph.setNodeAttribute(g,l,v.x),this.graph.setNodeAttribute(g,u,v.y))}}}catch(m){c.e(m)}finally{c.f()}}},{key:"end",value:function(){if(this.pendingNode=null,!this.session)return null;var e=this.session,n=e.node,r=e.allNodes;return this.setNodesState(r,{isDragged:!1}),this.session=null,{node:n,allNodes:r}}},{key:"removeNode",value:function(e){e===this.pendingNode&&(this.pendingNode=null),this.session&&(this.session.node===e?(this.setNodesState(this.session.allNodes,{isDragged:!1}),this.session=null):this.session.allNodes.includes(e)&&(this.session.allNodes=this.session.allNodes.filter(function(n){return n!==e}),this.session.startNodePositions.delete(e)))}},{key:"clear",value:function(){this.pendingNode=null,this.session=null}}])})();function Si(a,t){return a<t?"".concat(a,"\0").concat(t):"".concat(t,"\0").concat(a)}var Cc=(function(){function a(t,e){ne(this,a),I(this,"groups",new Map),I(this,"edgeToGroupKey",new Map),this.graph=t,this.onGroupChanged=e}return re(a,[{key:"getGroupKey",value:function(e){return Si(this.graph.source(e),this.graph.target(e))}},{key:"sortGroup",value:function(e,n){var r=this,i=n.split("\0")[0];e.sort(function(o,s){var l=r.graph.source(o)===i||!r.graph.isDirected(o)?0:1,u=r.graph.source(s)===i||!r.graph.isDirected(s)?0:1;return l-u})}},{key:"register",value:function(e){var n=this.getGroupKey(e),r=this.groups.get(n);r||(r=[],this.groups.set(n,r)),r.includes(e)||r.push(e),this.edgeToGroupKey.set(e,n),r.length>1&&this.sortGroup(r,n),this.onGroupChanged(r,r.length)}},{key:"unregister",value:function(e){var n=this.edgeToGroupKey.get(e);if(n){this.edgeToGroupKey.delete(e);var r=this.groups.get(n);if(r){var i=r.indexOf(e);i!==-1&&r.splice(i,1),r.length===0?this.groups.delete(n):this.onGroupChanged(r,r.length)}}}},{key:"getGroup",value:function(e){var n,r=this.edgeToGroupKey.get(e);return r?(n=this.groups.get(r))!==null&&n!==void 0?n:[]:[]}},{key:"getSiblings",value:function(e){return this.getGroup(e).filter(function(n){return n!==e})}},{key:"rebuild",value:function(){var e=this;this.groups.clear(),this.edgeToGroupKey.clear(),this.graph.forEachEdge(function(l,u,d,h){var c=Si(d,h),f=e.groups.get(c);f||(f=[],e.groups.set(c,f)),f.push(l),e.edgeToGroupKey.set(l,c)});var n=O(this.groups),r;try{for(n.s();!(r=n.n()).done;){var i=le(r.value,2),o=i[0],s=i[1];s.length>1&&this.sortGroup(s,o),this.onGroupChanged(s,s.length)}}catch(l){n.e(l)}finally{n.f()}}},{key:"clear",value:function(){this.groups.clear(),this.edgeToGroupKey.clear()}}])})();function Ti(a,t){var e;if(a===!1||a==="extend"||a==="separate")return a;var n=a[t];return n!==void 0?n:(e=a.default)!==null&&e!==void 0?e:!1}function Ei(a){return a===!1?!1:a==="extend"||a==="separate"?!0:Object.values(a).some(function(t){return t==="extend"||t==="separate"})}function wi(a){return a==="separate"?!0:a===!1||a==="extend"?!1:a.default==="separate"?!0:Object.values(a).includes("separate")}var ke={node:{parent:null,eventSuffix:"Node",payloadKey:"node",isEnabled:function(){return!0},writesPickingThisFrame:function(){return!0},setHover:function(t,e,n){return t.setNodeState(e,{isHovered:n})},getCursor:function(t,e){var n;return(n=t.nodeDataCache[e])===null||n===void 0?void 0:n.cursor},isHitValid:function(t,e){var n;return((n=t.nodeDataCache[e])===null||n===void 0?void 0:n.visibility)!=="hidden"}},edge:{parent:null,eventSuffix:"Edge",payloadKey:"edge",isEnabled:function(t){return!!t.settings.enableEdgeEvents},writesPickingThisFrame:function(t){return!!t.settings.enableEdgeEvents},setHover:function(t,e,n){return t.setEdgeState(e,{isHovered:n})},getCursor:function(t,e){var n;return(n=t.edgeDataCache[e])===null||n===void 0?void 0:n.cursor}},nodeLabel:{parent:"node",eventSuffix:"NodeLabel",payloadKey:"node",isEnabled:function(t){return wi(t.settings.nodeLabelEvents)},writesPickingThisFrame:function(t){return Ei(t.settings.nodeLabelEvents)},setHover:function(t,e,n){return t.setNodeState(e,{isLabelHovered:n})},getCursor:function(t,e){var n;return(n=t.nodeDataCache[e])===null||n===void 0?void 0:n.labelCursor},resolveForVerb:function(t,e,n){var r=Ti(n.settings.nodeLabelEvents,e);return r===!1?null:r==="extend"?{kind:"node",key:t.key}:t}},edgeLabel:{parent:"edge",eventSuffix:"EdgeLabel",payloadKey:"edge",isEnabled:function(t){return wi(t.settings.edgeLabelEvents)},writesPickingThisFrame:function(t){return Ei(t.settings.edgeLabelEvents)},setHover:function(t,e,n){return t.setEdgeState(e,{isLabelHovered:n})},getCursor:function(t,e){var n;return(n=t.edgeDataCache[e])===null||n===void 0?void 0:n.labelCursor},resolveForVerb:function(t,e,n){var r=Ti(n.settings.edgeLabelEvents,e);return r===!1?null:r==="extend"?{kind:"edge",key:t.key}:t}}},Et=["node","edge","nodeLabel","edgeLabel"];function Lc(){return{lookup:[null],idsByKind:{node:new Map,edge:new Map,nodeLabel:new Map,edgeLabel:new Map},nextId:1}}function St(a,t,e){var n;return(n=a.idsByKind[t].get(e))!==null&&n!==void 0?n:0}function xr(a,t){var e=O(Et),n;try{for(e.s();!(n=e.n()).done;){var r=n.value;if(r===t||ke[r].parent===t){var i=O(a.idsByKind[r].values()),o;try{for(i.s();!(o=i.n()).done;){var s=o.value;a.lookup[s]=null}}catch(c){i.e(c)}finally{i.f()}a.idsByKind[r]=new Map}}}catch(c){e.e(c)}finally{e.f()}var l=1,u=O(Et),d;try{for(u.s();!(d=u.n()).done;){var h=d.value;if(h===t)break;l+=a.idsByKind[h].size}}catch(c){u.e(c)}finally{u.f()}a.nextId=l}function ki(a,t,e){var n=a.nextId++;return a.idsByKind[t].set(e,n),a.lookup[n]={kind:t,key:e},n}function Pc(a,t){var e=O(Et),n;try{for(e.s();!(n=e.n()).done;){var r=n.value;if(ke[r].parent!==null){var i=O(a.idsByKind[r].values()),o;try{for(i.s();!(o=i.n()).done;){var s=o.value;a.lookup[s]=null}}catch(b){i.e(b)}finally{i.f()}a.idsByKind[r]=new Map}}}catch(b){e.e(b)}finally{e.f()}a.nextId=1;var l=O(Et),u;try{for(l.s();!(u=l.n()).done;){var d=u.value;if(ke[d].parent===null){var h=O(a.idsByKind[d].values()),c;try{for(h.s();!(c=h.n()).done;){var f=c.value;f>=a.nextId&&(a.nextId=f+1)}}catch(b){h.e(b)}finally{h.f()}}}}catch(b){l.e(b)}finally{l.f()}var g=O(Et),p;try{for(g.s();!(p=g.n()).done;){var v=p.value,m=ke[v];if(!(m.parent===null||!m.isEnabled(t))){var y=O(a.idsByKind[m.parent].keys()),_;try{for(y.s();!(_=y.n()).done;){var x=_.value;a.idsByKind[v].set(x,a.nextId),a.lookup[a.nextId]={kind:v,key:x},a.nextId++}}catch(b){y.e(b)}finally{y.f()}}}}catch(b){g.e(b)}finally{g.f()}}function Ic(a,t){var e=O(Et),n;try{for(e.s();!(n=e.n()).done;){var r=n.value,i=a[r],o=t[r];if(i!==o){if(i.size!==o.size)return!1;var s=O(i),l;try{for(s.s();!(l=s.n()).done;){var u=le(l.value,2),d=u[0],h=u[1];if(o.get(d)!==h)return!1}}catch(c){s.e(c)}finally{s.f()}}}}catch(c){e.e(c)}finally{e.f()}return!0}function Ri(a,t,e){ke[t.kind].setHover(a,t.key,e)}function Fc(a,t){return ke[t.kind].getCursor(a,t.key)}function pn(a,t){return"".concat(t).concat(ke[a].eventSuffix)}function mn(a,t){return H(H({},t),{},I({},ke[a.kind].payloadKey,a.key))}function Nc(a,t,e){var n=ke[t.kind].resolveForVerb;return n?n(t,e,a):t}function Gc(a,t){var e=ke[t.kind].isHitValid;return e?e(a,t.key):!0}function _r(a){return Et.filter(function(t){return t===a||ke[t].parent===a})}function ks(a,t,e){return t&&(t=Nc(a,t,e)),t&&!Gc(a,t)&&(t=null),t}function Sr(a,t,e){var n=e==="wheel"?a.stateManager.hovered:a.getHitAtPosition(t);return ks(a,n,e)}function zc(a,t){return!a||!t?a===t:a.kind===t.kind&&a.key===t.key}function Rs(a,t,e){var n={event:e,preventSigmaDefault:function(){return e.preventSigmaDefault()}},r=a.dragManager.session,i=r?{kind:"node",key:r.node}:ks(a,t,"enter"),o=a.stateManager,s=o.hovered;zc(s,i)||(s&&(Ri(a,s,!1),a.emit(pn(s.kind,"leave"),mn(s,n))),o.setHovered(i),i&&(Ri(a,i,!0),a.emit(pn(i.kind,"enter"),mn(i,n))),a.updateContainerCursor())}function Mc(a,t,e,n){n.handleResize=function(){return a.scheduleRefresh()},window.addEventListener("resize",n.handleResize),n.handleMove=function(i){a.hoverResolver.pointerMoved(mt(i))},n.handleMoveBody=function(i){var o=mt(i),s=a.dragManager;if(s.pendingNode&&!s.session){var l=a.nodeStyleAnalysis,u=l.xAttribute,d=l.yAttribute,h=a.settings;s.start(s.pendingNode,o,h.getDraggedNodes,u||"x",d||"y"),s.pendingNode=null}s.session&&(s.applyMove(o,a.settings.dragPositionToAttributes),a.emit("nodeDrag",{node:s.session.node,allDraggedNodes:s.session.allNodes,event:o}),o.preventSigmaDefault()),a.emit("moveBody",{event:o,preventSigmaDefault:function(){return o.preventSigmaDefault()}})},n.handleLeave=function(i){var o=mt(i),s={event:o,preventSigmaDefault:function(){return o.preventSigmaDefault()}};a.hoverResolver.pointerLeft(),Rs(a,null,o),a.emit("leaveStage",s)},n.handleEnter=function(i){var o=mt(i);a.emit("enterStage",{event:o,preventSigmaDefault:function(){return o.preventSigmaDefault()}})};var r=function(o){return function(s){var l=mt(s),u={event:l,preventSigmaDefault:function(){return l.preventSigmaDefault()}},d=Sr(a,l,o);if(d){a.emit(pn(d.kind,o),mn(d,u));return}a.emit("".concat(o,"Stage"),u)}};n.handleClick=r("click"),n.handleRightClick=r("rightClick"),n.handleDoubleClick=r("doubleClick"),n.handleWheel=r("wheel"),n.handleDown=function(i){var o=mt(i),s={event:o,preventSigmaDefault:function(){return o.preventSigmaDefault()}},l=Sr(a,o,"down");if(l){l.kind==="node"&&a.settings.enableNodeDrag&&(a.dragManager.pendingNode=l.key),a.emit(pn(l.kind,"down"),mn(l,s));return}a.emit("downStage",s)},n.handleUp=function(i){var o=mt(i),s={event:o,preventSigmaDefault:function(){return o.preventSigmaDefault()}},l=a.dragManager.end();l&&a.emit("nodeDragEnd",H({node:l.node,allDraggedNodes:l.allNodes},s));var u=Sr(a,o,"up");if(u){a.emit(pn(u.kind,"up"),mn(u,s));return}a.emit("upStage",s)},t.on("mousemove",n.handleMove),t.on("mousemovebody",n.handleMoveBody),t.on("click",n.handleClick),t.on("rightClick",n.handleRightClick),t.on("doubleClick",n.handleDoubleClick),t.on("wheel",n.handleWheel),t.on("mousedown",n.handleDown),t.on("mouseup",n.handleUp),t.on("mouseleave",n.handleLeave),t.on("mouseenter",n.handleEnter),e.on("touchdown",n.handleDown),e.on("touchdown",n.handleMove),e.on("touchup",n.handleUp),e.on("touchmove",n.handleMove),e.on("tap",n.handleClick),e.on("doubletap",n.handleDoubleClick),e.on("touchmove",n.handleMoveBody)}function Bc(a,t){var e=a.graph,n=new Set(["x","y","zIndex","type"]);t.eachNodeAttributesUpdatedGraphUpdate=function(r){var i,o=(i=r.hints)===null||i===void 0?void 0:i.attributes,s=!o||o.some(function(l){return n.has(l)});a.refresh({partialGraph:{nodes:e.nodes()},skipIndexation:!s,schedule:!0})},t.eachEdgeAttributesUpdatedGraphUpdate=function(r){var i,o=(i=r.hints)===null||i===void 0?void 0:i.attributes,s=o&&["zIndex","type"].some(function(l){return o?.includes(l)});a.refresh({partialGraph:{edges:e.edges()},skipIndexation:!s,schedule:!0})},t.addNodeGraphUpdate=function(r){a.addNode(r.key),a.refresh({partialGraph:{nodes:[r.key]},skipIndexation:!1,schedule:!0})},t.updateNodeGraphUpdate=function(r){a.refresh({partialGraph:{nodes:[r.key]},skipIndexation:!1,schedule:!0})},t.dropNodeGraphUpdate=function(r){a.removeNode(r.key),a.refresh({schedule:!0})},t.addEdgeGraphUpdate=function(r){var i=r.key;a.edgeGroups.register(i),a.addEdge(i);var o=a.edgeGroups.getSiblings(i),s=O(o),l;try{for(s.s();!(l=s.n()).done;){var u=l.value;a.addEdge(u)}}catch(d){s.e(d)}finally{s.f()}a.refresh({partialGraph:{edges:[i].concat(Q(o))},schedule:!0})},t.updateEdgeGraphUpdate=function(r){a.refresh({partialGraph:{edges:[r.key]},skipIndexation:!1,schedule:!0})},t.dropEdgeGraphUpdate=function(r){var i=r.key,o=a.edgeGroups.getSiblings(i);a.edgeGroups.unregister(i),a.removeEdge(i);var s=O(o),l;try{for(s.s();!(l=s.n()).done;){var u=l.value;a.addEdge(u)}}catch(d){s.e(d)}finally{s.f()}a.refresh({schedule:!0})},t.clearEdgesGraphUpdate=function(){a.clearEdgeState(),a.clearEdgeIndices(),a.refresh({schedule:!0})},t.clearGraphUpdate=function(){a.clearEdgeState(),a.clearNodeState(),a.clearEdgeIndices(),a.clearNodeIndices(),a.refresh({schedule:!0})},e.on("nodeAdded",t.addNodeGraphUpdate),e.on("nodeDropped",t.dropNodeGraphUpdate),e.on("nodeAttributesUpdated",t.updateNodeGraphUpdate),e.on("eachNodeAttributesUpdated",t.eachNodeAttributesUpdatedGraphUpdate),e.on("edgeAdded",t.addEdgeGraphUpdate),e.on("edgeDropped",t.dropEdgeGraphUpdate),e.on("edgeAttributesUpdated",t.updateEdgeGraphUpdate),e.on("eachEdgeAttributesUpdated",t.eachEdgeAttributesUpdatedGraphUpdate),e.on("edgesCleared",t.clearEdgesGraphUpdate),e.on("cleared",t.clearGraphUpdate)}function Oc(a,t){a.removeListener("nodeAdded",t.addNodeGraphUpdate),a.removeListener("nodeDropped",t.dropNodeGraphUpdate),a.removeListener("nodeAttributesUpdated",t.updateNodeGraphUpdate),a.removeListener("eachNodeAttributesUpdated",t.eachNodeAttributesUpdatedGraphUpdate),a.removeListener("edgeAdded",t.addEdgeGraphUpdate),a.removeListener("edgeDropped",t.dropEdgeGraphUpdate),a.removeListener("edgeAttributesUpdated",t.updateEdgeGraphUpdate),a.removeListener("eachEdgeAttributesUpdated",t.eachEdgeAttributesUpdatedGraphUpdate),a.removeListener("edgesCleared",t.clearEdgesGraphUpdate),a.removeListener("cleared",t.clearGraphUpdate)}var $c={x:.5,y:.5,angle:0,ratio:1},Wc=8,Uc=.001;function Hc(a){var t=a.coords,e=a.nodeData,n=a.dimensions,r=a.stagePadding,i=a.zoomToSizeRatioFunction,o=a.itemSizesReference,s=a.fitLabels,l=a.nodeLabelBox,u=Object.keys(t);if(!u.length)return a.extent;for(var d=i(1)||1,h=o==="positions",c=n.width,f=n.height,g=a.extent,p=0;p<Wc;p++){for(var v=ta(g),m={width:g.x[1]-g.x[0]||1,height:g.y[1]-g.y[0]||1},y=xt($c,n,m,r),_=Ai(y,v({x:0,y:0}),c,f),x=Ai(y,v({x:1,y:0}),c,f),b=Math.hypot(x.x-_.x,x.y-_.y)||1,T=1/0,S=-1/0,w=1/0,k=-1/0,A=0,L=u.length;A<L;A++){var C=u[A],E=e[C],G=E.size/d*(h?b:1),z=-G,P=G,D=-G,F=G;if(s){var N=l(E,G);N&&(N.minX<z&&(z=N.minX),N.maxX>P&&(P=N.maxX),N.minY<D&&(D=N.minY),N.maxY>F&&(F=N.maxY))}var M=t[C],q=M.x,W=M.y;T=Math.min(T,q+z/b),S=Math.max(S,q+P/b),w=Math.min(w,W-F/b),k=Math.max(k,W-D/b)}var $={x:[T,S],y:[w,k]},K=Math.max($.x[1]-$.x[0],$.y[1]-$.y[0])||1,j=Math.max(Math.abs($.x[0]-g.x[0]),Math.abs($.x[1]-g.x[1]),Math.abs($.y[0]-g.y[0]),Math.abs($.y[1]-g.y[1]));if(g=$,j/K<Uc)break}return g}function Ai(a,t,e,n){var r=vn(a,t);return{x:(1+r.x)*e/2,y:(1-r.y)*n/2}}var qc=typeof navigator<"u"&&/Mac|iP(hone|ad|od)/.test(navigator.platform),Vc=1500,jc=`.sigma-gesture-hint {
  position: absolute;
  inset: 0;
  display: flex;
  align-items: center;
  justify-content: center;
  text-align: center;
  padding: 1em;
  background: #00000066;
  color: #ffffff;
  font-size: 1em;
  pointer-events: none;
  transition: opacity 0.1s;
}`;function Di(a){var t,e,n=yn("style");n.textContent=a,document.head.appendChild(n);var r=((t=(e=n.sheet)===null||e===void 0?void 0:e.cssRules.length)!==null&&t!==void 0?t:0)>0;return n.remove(),r}var vt=null;function Kc(){return vt===null&&(vt=jc,Di("@scope {}")&&(vt=`@scope {
`.concat(vt,`
}`)),Di("@layer sigma-gesture-hint {}")&&(vt=`@layer sigma-gesture-hint {
`.concat(vt,`
}`))),vt}var Xc=(function(){function a(t){ne(this,a),I(this,"hideTimeout",null),this.styleElement=yn("style"),this.styleElement.textContent=Kc(),t.appendChild(this.styleElement),this.element=yn("div",{opacity:"0"},{class:"sigma-gesture-hint"}),t.appendChild(this.element)}return re(a,[{key:"show",value:function(e,n){var r=this,i=e==="touch"?n.sharedGestureTouchMessage:qc?n.sharedGestureAppleWheelMessage:n.sharedGestureWheelMessage;i&&(this.element.textContent=i,this.element.style.opacity="1",typeof this.hideTimeout=="number"&&clearTimeout(this.hideTimeout),this.hideTimeout=window.setTimeout(function(){r.hideTimeout=null,r.element.style.opacity="0"},Vc))}},{key:"kill",value:function(){typeof this.hideTimeout=="number"&&clearTimeout(this.hideTimeout),this.styleElement.remove(),this.element.remove()}}])})(),Yc=(function(){function a(t){ne(this,a),I(this,"readBuffer",null),I(this,"fence",null),I(this,"result",new Uint8Array(4)),I(this,"generation",0),I(this,"readGeneration",0),I(this,"lastEvent",null),I(this,"active",!1),I(this,"dirty",!1),I(this,"rafId",null),I(this,"killed",!1),this.options=t}return re(a,[{key:"pointerMoved",value:function(e){this.lastEvent=e,this.active=!0,!this.options.isRenderPending()&&this.request()}},{key:"pointerLeft",value:function(){this.active=!1,this.dirty=!1}},{key:"frameRendered",value:function(){this.request()}},{key:"invalidate",value:function(){this.generation++}},{key:"request",value:function(){if(!(this.killed||!this.active||!this.lastEvent)){if(this.fence){this.dirty=!0;return}this.startRead()}}},{key:"startRead",value:function(){var e=this.options,n=e.gl,r=e.getFrameBuffer,i=e.getPixelRatio,o=e.getDownSizingRatio;this.readGeneration=this.generation;var s=this.lastEvent,l=$o(n,s.x,s.y,i(),o()),u=le(l,2),d=u[0],h=u[1];this.readBuffer||(this.readBuffer=n.createBuffer()),n.bindFramebuffer(n.FRAMEBUFFER,r()),n.bindBuffer(n.PIXEL_PACK_BUFFER,this.readBuffer),n.bufferData(n.PIXEL_PACK_BUFFER,4,n.STREAM_READ),n.readPixels(d,h,1,1,n.RGBA,n.UNSIGNED_BYTE,0),n.bindBuffer(n.PIXEL_PACK_BUFFER,null),n.bindFramebuffer(n.FRAMEBUFFER,null),this.fence=n.fenceSync(n.SYNC_GPU_COMMANDS_COMPLETE,0),n.flush(),this.schedulePoll(s)}},{key:"schedulePoll",value:function(e){var n=this;this.rafId=requestAnimationFrame(function(){n.rafId=null,n.poll(e)})}},{key:"poll",value:function(e){var n=this.options,r=n.gl,i=n.onIndex;if(!(this.killed||!this.fence)){var o=r.clientWaitSync(this.fence,0,0);if(o===r.TIMEOUT_EXPIRED){this.schedulePoll(e);return}if(r.deleteSync(this.fence),this.fence=null,o!==r.WAIT_FAILED&&this.readGeneration===this.generation){r.bindBuffer(r.PIXEL_PACK_BUFFER,this.readBuffer),r.getBufferSubData(r.PIXEL_PACK_BUFFER,0,this.result),r.bindBuffer(r.PIXEL_PACK_BUFFER,null);var s=le(this.result,4),l=s[0],u=s[1],d=s[2],h=s[3];this.active&&i(Ho(l,u,d,h),e)}this.dirty&&(this.dirty=!1,this.active&&this.lastEvent&&!this.options.isRenderPending()&&this.startRead())}}},{key:"reset",value:function(){this.rafId!==null&&cancelAnimationFrame(this.rafId),this.rafId=null,this.fence=null,this.readBuffer=null,this.dirty=!1}},{key:"kill",value:function(){this.killed=!0,this.rafId!==null&&cancelAnimationFrame(this.rafId),this.rafId=null;var e=this.options.gl;this.fence&&e.deleteSync(this.fence),this.fence=null,this.readBuffer&&e.deleteBuffer(this.readBuffer),this.readBuffer=null}}])})(),Ci=(function(){function a(t,e){ne(this,a),this.key=t,this.size=e}return re(a,null,[{key:"compare",value:function(e,n){return e.size>n.size?-1:e.size<n.size||e.key>n.key?1:-1}}])})(),On=(function(){function a(){ne(this,a),I(this,"width",0),I(this,"height",0),I(this,"cellSize",0),I(this,"columns",0),I(this,"rows",0),I(this,"cells",{})}return re(a,[{key:"resizeAndClear",value:function(e,n){this.width=e.width,this.height=e.height,this.cellSize=n,this.columns=Math.ceil(e.width/n),this.rows=Math.ceil(e.height/n),this.cells={}}},{key:"getIndex",value:function(e){var n=Math.floor(e.x/this.cellSize),r=Math.floor(e.y/this.cellSize);return r*this.columns+n}},{key:"add",value:function(e,n,r){var i=new Ci(e,n),o=this.getIndex(r),s=this.cells[o];s||(s=[],this.cells[o]=s),s.push(i)}},{key:"organize",value:function(){for(var e in this.cells){var n=this.cells[e];n.sort(Ci.compare)}}},{key:"getLabelsToDisplay",value:function(e,n,r){var i=this.cellSize*this.cellSize,o=i/e/e,s=o*n/i,l=Math.ceil(s),u=[];if(r)for(var d=Math.max(0,Math.floor(r.x1/this.cellSize)),h=Math.min(this.columns-1,Math.floor(r.x2/this.cellSize)),c=Math.max(0,Math.floor(r.y1/this.cellSize)),f=Math.min(this.rows-1,Math.floor(r.y2/this.cellSize)),g=c;g<=f;g++)for(var p=d;p<=h;p++){var v=g*this.columns+p,m=this.cells[v];if(m)for(var y=0;y<Math.min(l,m.length);y++)u.push(m[y].key)}else for(var _ in this.cells)for(var x=this.cells[_],b=0;b<Math.min(l,x.length);b++)u.push(x[b].key);return u}}])})();function Zc(a){var t=a.graph,e=a.hoveredNode,n=a.highlightedNodes,r=a.displayedNodeLabels,i=new Set,o=new Set(n);e&&o.add(e);var s=O(o),l;try{for(s.s();!(l=s.n()).done;){var u=l.value;t.hasNode(u)&&t.forEachEdge(u,function(f){i.add(f)})}}catch(f){s.e(f)}finally{s.f()}var d=O(r),h;try{var c=function(){var g=h.value;if(o.has(g))return 1;t.forEachEdge(g,function(p,v,m,y){var _=m===g?y:m;r.has(_)&&i.add(p)})};for(d.s();!(h=d.n()).done;)c()}catch(f){d.e(f)}finally{d.f()}return Array.from(i)}var It=150,Ft=50,Qc={both:0,node:1,label:2},Jc={over:0,above:1,below:2,auto:3},Li=12,ef=3,tf=(function(){function a(t){ne(this,a),I(this,"labelGrid",new On),I(this,"edgeAnchorGrid",new On),I(this,"displayedNodeLabels",new Set),I(this,"displayedEdgeLabels",new Set),I(this,"edgeLabelCandidates",[]),I(this,"renderedNodeLabels",new Set),I(this,"labelSizeCache",new Map),I(this,"framePassPoints",new Float32Array(0)),I(this,"labelsDirty",!0),this.internals=t}return re(a,[{key:"resetFrame",value:function(){this.displayedNodeLabels=new Set,this.renderedNodeLabels=new Set,this.labelSizeCache.clear()}},{key:"clearEdgeLabels",value:function(){this.displayedEdgeLabels=new Set}},{key:"resetLabelGrid",value:function(){this.labelGrid=new On,this.edgeAnchorGrid=new On}},{key:"processWebGLLabels",value:function(e){for(var n,r=this.internals,i=r.labelProgram,o=r.primitives,s=r.nodeDataCache,l=(o==null||(n=o.nodes)===null||n===void 0||(n=n.label)===null||n===void 0||(n=n.font)===null||n===void 0?void 0:n.family)||"sans-serif",u=new Map,d=0,h=e.length;d<h;d++){var c=e[d],f=s[c];if(!(f.visibility==="hidden"||!f.label)){var g=f.labelFont||l,p=u.get(g);p?p.push(f.label):u.set(g,[f.label])}}var v=O(u),m;try{for(v.s();!(m=v.n()).done;){var y=le(m.value,2),_=y[0],x=y[1],b=vr(_),T=b.family,S=b.weight,w=b.style,k=i.registerFont(T,S,w);i.ensureGlyphsReady(x,k)}}catch(A){v.e(A)}finally{v.f()}}},{key:"measureNodeLabel",value:function(e){var n,r;if(!e.label)return{width:0,height:0,textHeight:0};var i=this.internals,o=i.labelProgram,s=i.primitives,l=(n=e.labelSize)!==null&&n!==void 0?n:14,u=e.labelFont||(s==null||(r=s.nodes)===null||r===void 0||(r=r.label)===null||r===void 0||(r=r.font)===null||r===void 0?void 0:r.family)||"sans-serif",d="".concat(e.label,"|").concat(l,"|").concat(u);if(this.labelSizeCache.has(d))return this.labelSizeCache.get(d);var h=vr(u),c=h.family,f=h.weight,g=h.style,p=o.registerFont(c,f,g),v=o.measureLabel(e.label,l,p);return this.labelSizeCache.set(d,v),v}},{key:"nodeLabelBox",value:function(e,n){var r,i,o,s,l;if(e.visibility==="hidden"||e.labelVisibility==="hidden")return null;var u=this.measureNodeLabel(e),d=u.width,h=u.height,c=u.textHeight;if(!d)return null;var f=(r=(i=this.internals.primitives)===null||i===void 0||(i=i.nodes)===null||i===void 0||(i=i.label)===null||i===void 0?void 0:i.margin)!==null&&r!==void 0?r:bn,g=n+f,p=e.labelBackgroundColor?(o=e.labelBackgroundPadding)!==null&&o!==void 0?o:oi:0,v=d/2,m=h/2,y=v+p,_=m+p,x=c/2,b=0,T=0;switch((s=e.labelPosition)!==null&&s!==void 0?s:"right"){case"left":b=-(g+v);break;case"above":T=-(g+x);break;case"below":T=g+x;break;case"over":break;default:b=g+v}var S=(l=e.labelAngle)!==null&&l!==void 0?l:0,w=Oo({x:b,y:T},S),k=w.x,A=w.y,L=Math.abs(Math.cos(S)),C=Math.abs(Math.sin(S)),E=L*y+C*_,G=C*y+L*_;return{minX:k-E,maxX:k+E,minY:A-G,maxY:A+G}}},{key:"computeDisplayedNodeLabels",value:function(){var e=this.internals.getCameraState(),n=this.internals.getDimensions(),r=n.width,i=n.height,o=this.internals.viewportToFramedGraph({x:-It,y:-Ft}),s=this.internals.viewportToFramedGraph({x:r+It,y:-Ft}),l=this.internals.viewportToFramedGraph({x:-It,y:i+Ft}),u=this.internals.viewportToFramedGraph({x:r+It,y:i+Ft}),d=Math.min(o.x,s.x,l.x,u.x),h=Math.max(o.x,s.x,l.x,u.x),c=Math.min(o.y,s.y,l.y,u.y),f=Math.max(o.y,s.y,l.y,u.y),g=xt({x:.5,y:.5,ratio:1,angle:0},{width:r,height:i},this.internals.getGraphDimensions(),this.internals.getStagePadding()),p=function(N){var M=vn(g,N);return{x:(1+M.x)*r/2,y:(1-M.y)*i/2}},v=p({x:d,y:c}),m=p({x:h,y:c}),y=p({x:d,y:f}),_=p({x:h,y:f}),x={x1:Math.min(v.x,m.x,y.x,_.x),y1:Math.min(v.y,m.y,y.y,_.y),x2:Math.max(v.x,m.x,y.x,_.x),y2:Math.max(v.y,m.y,y.y,_.y)},b=this.internals,T=b.settings,S=b.nodeDataCache,w=b.nodesWithForcedLabels,k=this.labelGrid.getLabelsToDisplay(e.ratio,T.labelDensity,x);ei(k,w);for(var A=0,L=k.length;A<L;A++){var C=k[A],E=S[C];if(!this.displayedNodeLabels.has(C)&&!(E.visibility==="hidden"||E.labelVisibility==="hidden")&&E.label&&!(E.x<d||E.x>h||E.y<c||E.y>f)){var G=this.internals.framedGraphToViewport(E),z=G.x,P=G.y,D=this.internals.scaleSize(E.size);!_t(E)&&D<T.labelRenderedSizeThreshold||z<-It-D||z>r+It+D||P<-Ft-D||P>i+Ft+D||this.displayedNodeLabels.add(C)}}}},{key:"buildFramePassPoints",value:function(){var e=this.internals,n=e.nodeDataCache,r=e.nodeDataTexture;if(!r)return{data:this.framePassPoints,count:0};var i=this.displayedNodeLabels.size*3;this.framePassPoints.length<i&&(this.framePassPoints=new Float32Array(i));var o=this.framePassPoints,s=0,l=O(this.displayedNodeLabels),u;try{for(l.s();!(u=l.n()).done;){var d,h,c=u.value,f=n[c];if(f){var g=r.getIndex(c);g<0||(o[s*3]=g,o[s*3+1]=(d=cn[f.labelPosition||lt.labelPosition])!==null&&d!==void 0?d:0,o[s*3+2]=(h=f.labelAngle)!==null&&h!==void 0?h:0,s++)}}}catch(p){l.e(p)}finally{l.f()}return{data:o,count:s}}},{key:"renderWebGLLabels",value:function(e,n){var r=this.internals,i=r.nodeDataCache,o=r.labelProgram,s=r.primitives,l=r.nodeDataTexture,u=[],d=O(this.displayedNodeLabels),h;try{for(d.s();!(h=d.n()).done;){var c=h.value;if(!this.renderedNodeLabels.has(c)){var f=i[c];n&&f.labelDepth!==n||(this.renderedNodeLabels.add(c),u.push(c))}}}catch(ie){d.e(ie)}finally{d.f()}if(u.length!==0){if(this.labelsDirty){for(var g,p,v,m=0,y=0,_=u.length;y<_;y++){var x=i[u[y]];m+=x.label.length}o.reallocate(m);for(var b=14,T=(g=s==null||(p=s.nodes)===null||p===void 0||(p=p.label)===null||p===void 0?void 0:p.margin)!==null&&g!==void 0?g:bn,S=lt.labelPosition,w=(s==null||(v=s.nodes)===null||v===void 0||(v=v.label)===null||v===void 0||(v=v.font)===null||v===void 0?void 0:v.family)||"sans-serif",k=new Map,A=0,L=0,C=u.length;L<C;L++){var E,G,z,P,D=u[L],F=i[D],N=F.labelFont||w,M=k.get(N);if(M===void 0){var q=vr(N),W=q.family,$=q.weight,K=q.style;M=o.registerFont(W,$,K),k.set(N,M)}var j={text:F.label,x:F.x,y:F.y,size:(E=F.labelSize)!==null&&E!==void 0?E:b,color:F.labelColor,nodeSize:F.size,margin:T,position:(G=F.labelPosition)!==null&&G!==void 0?G:S,hidden:!1,forceLabel:_t(F),type:"default",zIndex:(z=F.zIndex)!==null&&z!==void 0?z:0,parentType:"node",parentKey:D,fontKey:M,labelAngle:(P=F.labelAngle)!==null&&P!==void 0?P:0,nodeIndex:l.getIndex(D)},ce=o.processLabel(D,A,j);A+=ce}o.invalidateBuffers()}o.render(e)}}},{key:"renderBackdrops",value:function(e,n){var r=this.internals,i=r.backdropProgram,o=r.nodeDataCache,s=r.nodesWithBackdrop,l=r.attachmentManager,u=r.pixelRatio,d=r.nodeDataTexture,h=[],c=O(s),f;try{for(c.s();!(f=c.n()).done;){var g,p=f.value,v=o[p];if(!(!v||v.visibility==="hidden")&&!(n&&v.depth!==n)){var m=(g=d?.getIndex(p))!==null&&g!==void 0?g:-1;m<0||h.push({key:p,nodeIndex:m})}}}catch(ye){c.e(ye)}finally{c.f()}if(h.length!==0){i.reallocate(h.length);for(var y=0;y<h.length;y++){var _,x,b,T,S,w,k,A,L=h[y],C=L.key,E=L.nodeIndex,G=o[C],z=this.displayedNodeLabels.has(C),P=z?this.measureNodeLabel(G):{width:0,height:0,textHeight:0},D=P.textHeight,F=P.width,N=P.height,M=0,q=0;if(z&&G.labelAttachment&&l){var W=l.getEntry(C,G.labelAttachment);if(W){var $=G.labelAttachmentPlacement||"below";if($==="below"||$==="above"){var K=W.height/u;N+=K+bt,F=Math.max(F,W.width/u),q=$==="below"?(K+bt)/2:-(K+bt)/2}else{var j=W.width/u;F+=j+bt,N=Math.max(N,W.height/u),M=$==="right"?(j+bt)/2:-(j+bt)/2}}}var ce=G.backdropColor?hn(G.backdropColor):[255,255,255,255],ie=G.backdropShadowColor?hn(G.backdropShadowColor):[0,0,0,128],ue=ce.map(function(ye){return ye/255}),de=ie.map(function(ye){return ye/255}),te=(_=G.backdropShadowBlur)!==null&&_!==void 0?_:12,ee=(x=G.backdropPadding)!==null&&x!==void 0?x:6,J=G.backdropBorderColor?hn(G.backdropBorderColor):[0,0,0,0],se=J.map(function(ye){return ye/255}),Y=(b=G.backdropBorderWidth)!==null&&b!==void 0?b:0,X=(T=G.backdropCornerRadius)!==null&&T!==void 0?T:0,B=(S=G.backdropLabelPadding)!==null&&S!==void 0?S:-1,Ge=B<0?ee:B,Le=(w=Qc[(k=G.backdropArea)!==null&&k!==void 0?k:"both"])!==null&&w!==void 0?w:0,ze={key:C,nodeIndex:E,label:G.label,labelWidth:F,labelHeight:N,textHeight:D,type:"default",position:G.labelPosition||lt.labelPosition,labelAngle:(A=G.labelAngle)!==null&&A!==void 0?A:0,backdropColor:ue,backdropShadowColor:de,backdropShadowBlur:te,backdropPadding:ee,backdropBorderColor:se,backdropBorderWidth:Y,backdropCornerRadius:X,backdropLabelPadding:Ge,backdropArea:Le,labelBoxOffset:[M,q]};i.processBackdrop(y,ze)}i.invalidateBuffers(),i.render(e)}}},{key:"renderLabelBackgrounds",value:function(e,n){var r=this.internals,i=r.labelBackgroundProgram,o=r.nodeDataCache,s=r.nodeDataTexture,l=ke.nodeLabel.writesPickingThisFrame(this.internals),u=[],d=O(this.displayedNodeLabels),h;try{for(d.s();!(h=d.n()).done;){var c=h.value,f=o[c];!f||f.visibility==="hidden"||n&&f.labelDepth!==n||!l&&!f.labelBackgroundColor||u.push(c)}}catch(E){d.e(E)}finally{d.f()}if(u.length!==0){i.reallocate(u.length);for(var g=0;g<u.length;g++){var p,v,m,y,_=u[g],x=o[_],b=(p=s?.getIndex(_))!==null&&p!==void 0?p:-1;if(!(b<0)){var T=this.measureNodeLabel(x),S=T.width,w=T.height,k=T.textHeight,A=St(this.internals.pickingState,"nodeLabel",_)||St(this.internals.pickingState,"node",_),L=x.labelBackgroundColor?Ze(x.labelBackgroundColor):Ze("transparent"),C={nodeIndex:b,id:Yn(A),color:L,labelWidth:S,labelHeight:w,textHeight:k,positionMode:(v=cn[x.labelPosition||lt.labelPosition])!==null&&v!==void 0?v:0,labelAngle:(m=x.labelAngle)!==null&&m!==void 0?m:0,padding:(y=x.labelBackgroundPadding)!==null&&y!==void 0?y:oi};i.processLabelBackground(g,C)}}i.invalidateBuffers(),i.render(e)}}},{key:"cacheAttachments",value:function(e){var n=this.internals,r=n.attachmentManager,i=n.pixelRatio,o=n.nodeDataCache,s=n.nodesWithBackdrop,l=n.graph;if(r){var u=O(s),d;try{for(u.s();!(d=u.n()).done;){var h=d.value;if(this.displayedNodeLabels.has(h)){var c=o[h];if(!(!c||c.visibility==="hidden")&&!(e&&c.depth!==e)&&c.labelAttachment){var f=l.getNodeAttributes(h),g=this.measureNodeLabel(c),p=g.width,v=g.height,m={node:h,attributes:f,pixelRatio:i,labelWidth:p,labelHeight:v};r.renderAttachment(h,c.labelAttachment,m)}}}}catch(y){u.e(y)}finally{u.f()}r.regenerateAtlas()}}},{key:"renderAttachments",value:function(e,n){var r=this.internals,i=r.attachmentManager,o=r.attachmentProgram,s=r.nodeDataCache,l=r.nodesWithBackdrop,u=r.pixelRatio,d=r.nodeDataTexture;if(!(!i||!o)){var h=0;o.reallocateAttachments(l.size);var c=O(l),f;try{for(c.s();!(f=c.n()).done;){var g,p,v,m,y=f.value;if(this.displayedNodeLabels.has(y)){var _=s[y];if(!(!_||_.visibility==="hidden")&&!(n&&_.labelDepth!==n)&&_.labelAttachment){var x=i.getEntry(y,_.labelAttachment);if(x){var b=(g=d?.getIndex(y))!==null&&g!==void 0?g:-1;if(!(b<0)){var T=this.measureNodeLabel(_),S=T.width,w=T.height,k=T.textHeight,A=(p=Dd[_.labelAttachmentPlacement||"below"])!==null&&p!==void 0?p:0;o.processAttachment(h,{nodeIndex:b,atlasX:x.x,atlasY:x.y,atlasW:x.width,atlasH:x.height,attachWidth:x.width/u,attachHeight:x.height/u,positionMode:(v=cn[_.labelPosition||lt.labelPosition])!==null&&v!==void 0?v:0,attachmentPlacement:A,labelWidth:S,labelHeight:w,textHeight:k,labelAngle:(m=_.labelAngle)!==null&&m!==void 0?m:0}),h++}}}}}}catch(L){c.e(L)}finally{c.f()}h!==0&&(o.reallocateAttachments(h),i.bindTexture(La),o.invalidateBuffers(),o.render(e))}}},{key:"computeDisplayedEdgeLabels",value:function(){var e=this.internals,n=e.graph,r=e.stateManager,i=e.settings,o=e.edgesWithForcedLabels,s=r.getHighlightedNodes(),l=i.edgeLabelAnchors==="allNodes"?new Set(this.edgeAnchorGrid.getLabelsToDisplay(this.internals.getCameraState().ratio,i.labelDensity)):this.displayedNodeLabels,u=r.hovered,d=Zc({graph:n,hoveredNode:u?.kind==="node"?u.key:null,displayedNodeLabels:l,highlightedNodes:s});ei(d,o),this.edgeLabelCandidates=d,this.displayedEdgeLabels=new Set}},{key:"filterEdgeLabelsForDepth",value:function(e){for(var n=this.internals,r=n.graph,i=n.nodeDataCache,o=n.edgeDataCache,s=[],l=new Set,u=0,d=this.edgeLabelCandidates.length;u<d;u++){var h=this.edgeLabelCandidates[u];if(!l.has(h)){l.add(h);var c=r.extremities(h),f=i[c[0]],g=i[c[1]],p=o[h];!p||!f||!g||p.visibility==="hidden"||p.labelVisibility==="hidden"||f.visibility==="hidden"||g.visibility==="hidden"||e&&p.labelDepth!==e||p.label&&s.push(h)}}return s}},{key:"renderEdgeLabels",value:function(e,n){var r=this.internals,i=r.graph,o=r.nodeDataCache,s=r.edgeDataCache,l=r.primitives,u=r.edgeLabelProgram,d=r.nodeDataTexture,h=r.edgeDataTexture;if(u){var c=this.filterEdgeLabelsForDepth(n),f=O(c),g;try{for(f.s();!(g=f.n()).done;){var p=g.value;this.displayedEdgeLabels.add(p)}}catch(j){f.e(j)}finally{f.f()}if(c.length!==0){if(this.labelsDirty){var v,m,y=0,_=O(c),x;try{for(_.s();!(x=_.n()).done;){var b=x.value;y+=s[b].label.length}}catch(j){_.e(j)}finally{_.f()}u.reallocate(y);var T=(v=l==null||(m=l.edges)===null||m===void 0||(m=m.label)===null||m===void 0?void 0:m.margin)!==null&&v!==void 0?v:5,S="over",w=0,k=O(c),A;try{for(k.s();!(A=k.n()).done;){var L,C,E=A.value,G=i.extremities(E),z=G[0],P=G[1],D=o[z],F=o[P],N=s[E],M=d.getIndex(z),q=d.getIndex(P),W=h.getIndex(E),$={text:N.label,x:(D.x+F.x)/2,y:(D.y+F.y)/2,size:Li,color:N.labelColor,nodeSize:0,nodeIndex:-1,margin:T,position:(L=N.labelPosition)!==null&&L!==void 0?L:S,hidden:!1,forceLabel:_t(N),type:"default",zIndex:(C=N.zIndex)!==null&&C!==void 0?C:0,parentType:"edge",parentKey:E,fontKey:"",labelAngle:0,sourceX:D.x,sourceY:D.y,targetX:F.x,targetY:F.y,sourceSize:D.size,targetSize:F.size,sourceShape:D.shape||"circle",targetShape:F.shape||"circle",edgeSize:N.size,offset:0,edgeAttributes:N,sourceNodeIndex:M,targetNodeIndex:q,edgeIndex:W},K=u.processEdgeLabel(E,w,$);w+=K}}catch(j){k.e(j)}finally{k.f()}u.invalidateBuffers()}u.render(e)}}}},{key:"renderEdgeLabelBackgrounds",value:function(e,n){var r,i,o=this.internals,s=o.edgeLabelBackgroundProgram,l=o.edgeLabelProgram,u=o.edgeDataCache,d=o.primitives,h=o.edgeDataTexture;if(!(!h||!l||!s)){var c=ke.edgeLabel.writesPickingThisFrame(this.internals),f=(r=d==null||(i=d.edges)===null||i===void 0||(i=i.label)===null||i===void 0?void 0:i.margin)!==null&&r!==void 0?r:5,g="over",p=this.filterEdgeLabelsForDepth(n),v=[],m=O(p),y;try{for(m.s();!(y=m.n()).done;){var _=y.value;!c&&!u[_].labelBackgroundColor||v.push(_)}}catch(D){m.e(D)}finally{m.f()}if(v.length!==0){s.reallocate(v.length);for(var x=0;x<v.length;x++){var b,T,S,w=v[x],k=u[w],A=k.label,L=l.measureLabelAtlasWidth(A),C=(b=k.labelPosition)!==null&&b!==void 0?b:g,E=typeof C=="string"&&(T=Jc[C])!==null&&T!==void 0?T:0,G=St(this.internals.pickingState,"edgeLabel",w)||St(this.internals.pickingState,"edge",w),z=k.labelBackgroundColor?Ze(k.labelBackgroundColor):Ze("transparent"),P={edgeIndex:h.getIndex(w),baseFontSize:Li,totalTextWidth:L,positionMode:E,margin:f,padding:(S=k.labelBackgroundPadding)!==null&&S!==void 0?S:ef,color:z,id:Yn(G),edgeAttributes:k};s.processEdgeLabelBackground(x,w,P)}s.invalidateBuffers(),s.render(e)}}}}])})(),nf=(function(){function a(t,e,n,r){ne(this,a),I(this,"nodeStates",new Map),I(this,"edgeStates",new Map),I(this,"hovered",null),I(this,"dirtyNodes",new Set),I(this,"dirtyEdges",new Set),I(this,"graphStateChanged",!1),I(this,"graphStateFlagsDirty",!1),this.scheduleRefresh=t,this.customNodeStateDefaults=e,this.customEdgeStateDefaults=n,this.customGraphStateDefaults=r,this.graphState=ja(r)}return re(a,[{key:"getNodeState",value:function(e){e=""+e;var n=this.nodeStates.get(e);return n||(n=Wu(this.customNodeStateDefaults),this.nodeStates.set(e,n)),n}},{key:"getEdgeState",value:function(e){e=""+e;var n=this.edgeStates.get(e);return n||(n=Uu(this.customEdgeStateDefaults),this.edgeStates.set(e,n)),n}},{key:"getGraphState",value:function(){return this.flushGraphStateFlags(),this.graphState}},{key:"getHighlightedNodes",value:function(){var e=new Set,n=O(this.nodeStates),r;try{for(n.s();!(r=n.n()).done;){var i=le(r.value,2),o=i[0],s=i[1];s.isHighlighted&&e.add(o)}}catch(l){n.e(l)}finally{n.f()}return e}},{key:"setNodeState",value:function(e,n){e=""+e;var r=this.getNodeState(e);if(tn(r,n)){var i=H(H({},r),n);this.nodeStates.set(e,i),this.dirtyNodes.add(e),this.updateHoveredNodeTracking(e,r,i),this.graphStateFlagsDirty=!0,this.scheduleRefresh()}}},{key:"setEdgeState",value:function(e,n){e=""+e;var r=this.getEdgeState(e);if(tn(r,n)){var i=H(H({},r),n);this.edgeStates.set(e,i),this.dirtyEdges.add(e),this.updateHoveredEdgeTracking(e,r,i),this.graphStateFlagsDirty=!0,this.scheduleRefresh()}}},{key:"setGraphState",value:function(e){if(tn(this.graphState,e)){var n=H(H({},this.graphState),e);n.isIdle=!n.isPanning&&!n.isZooming&&!n.isDragging,this.graphState=n,this.graphStateChanged=!0,this.scheduleRefresh()}}},{key:"setNodesState",value:function(e,n){var r=!1,i=O(e),o;try{for(i.s();!(o=i.n()).done;){var s=o.value;s=""+s;var l=this.getNodeState(s);if(tn(l,n)){var u=H(H({},l),n);this.nodeStates.set(s,u),this.dirtyNodes.add(s),this.updateHoveredNodeTracking(s,l,u),r=!0}}}catch(d){i.e(d)}finally{i.f()}r&&(this.graphStateFlagsDirty=!0,this.scheduleRefresh())}},{key:"setEdgesState",value:function(e,n){var r=!1,i=O(e),o;try{for(i.s();!(o=i.n()).done;){var s=o.value;s=""+s;var l=this.getEdgeState(s);if(tn(l,n)){var u=H(H({},l),n);this.edgeStates.set(s,u),this.dirtyEdges.add(s),this.updateHoveredEdgeTracking(s,l,u),r=!0}}}catch(d){i.e(d)}finally{i.f()}r&&(this.graphStateFlagsDirty=!0,this.scheduleRefresh())}},{key:"removeNode",value:function(e){this.nodeStates.delete(e),this.dirtyNodes.delete(e),this.clearHoveredFor("node",e)}},{key:"removeEdge",value:function(e){this.edgeStates.delete(e),this.dirtyEdges.delete(e),this.clearHoveredFor("edge",e)}},{key:"pruneNodes",value:function(e){var n=O(this.nodeStates.keys()),r;try{for(n.s();!(r=n.n()).done;){var i=r.value;e(i)||this.removeNode(i)}}catch(o){n.e(o)}finally{n.f()}}},{key:"pruneEdges",value:function(e){var n=O(this.edgeStates.keys()),r;try{for(n.s();!(r=n.n()).done;){var i=r.value;e(i)||this.removeEdge(i)}}catch(o){n.e(o)}finally{n.f()}}},{key:"clearNodes",value:function(){this.nodeStates.clear(),this.dirtyNodes.clear(),this.clearHoveredForKinds(_r("node"))}},{key:"clearEdges",value:function(){this.edgeStates.clear(),this.dirtyEdges.clear(),this.clearHoveredForKinds(_r("edge"))}},{key:"resetGraphState",value:function(){this.graphState=ja(this.customGraphStateDefaults),this.graphStateChanged=!1,this.graphStateFlagsDirty=!1}},{key:"clearDirtyTracking",value:function(){this.dirtyNodes.clear(),this.dirtyEdges.clear(),this.graphStateChanged=!1}},{key:"setHovered",value:function(e){this.hovered=e}},{key:"clearHoveredFor",value:function(e,n){this.hovered&&this.hovered.key===n&&_r(e).includes(this.hovered.kind)&&(this.hovered=null)}},{key:"clearHoveredForKinds",value:function(e){this.hovered&&e.includes(this.hovered.kind)&&(this.hovered=null)}},{key:"updateGraphStateFromNodes",value:function(){var e,n=!1,r=!1,i=!1,o=O(this.nodeStates),s;try{for(o.s();!(s=o.n()).done;){var l=le(s.value,2),u=l[1];if(u.isHovered&&(n=!0),u.isHighlighted&&(r=!0),u.isDragged&&(i=!0),n&&r&&i)break}}catch(h){o.e(h)}finally{o.f()}!n&&((e=this.hovered)===null||e===void 0?void 0:e.kind)==="edge"&&(n=!0);var d=!this.graphState.isPanning&&!this.graphState.isZooming&&!i;(this.graphState.hasHovered!==n||this.graphState.hasHighlighted!==r||this.graphState.isDragging!==i||this.graphState.isIdle!==d)&&(this.graphStateChanged=!0),this.graphState=H(H({},this.graphState),{},{hasHovered:n,hasHighlighted:r,isDragging:i,isIdle:d})}},{key:"updateGraphStateFromEdges",value:function(){var e,n=((e=this.hovered)===null||e===void 0?void 0:e.kind)==="node";if(!n){var r=O(this.edgeStates),i;try{for(r.s();!(i=r.n()).done;){var o=le(i.value,2),s=o[1];if(s.isHovered){n=!0;break}}}catch(l){r.e(l)}finally{r.f()}}this.graphState.hasHovered!==n&&(this.graphStateChanged=!0),this.graphState=H(H({},this.graphState),{},{hasHovered:n})}},{key:"flushGraphStateFlags",value:function(){this.graphStateFlagsDirty&&(this.updateGraphStateFromNodes(),this.updateGraphStateFromEdges(),this.graphStateFlagsDirty=!1)}},{key:"updateHoveredNodeTracking",value:function(e,n,r){var i;if(n.isHovered!==r.isHovered)if(r.isHovered){var o;if(((o=this.hovered)===null||o===void 0?void 0:o.kind)==="node"&&this.hovered.key!==e){var s=this.hovered.key,l=this.getNodeState(s);this.nodeStates.set(s,H(H({},l),{},{isHovered:!1})),this.dirtyNodes.add(s)}this.hovered={kind:"node",key:e}}else((i=this.hovered)===null||i===void 0?void 0:i.kind)==="node"&&this.hovered.key===e&&(this.hovered=null)}},{key:"updateHoveredEdgeTracking",value:function(e,n,r){var i;if(n.isHovered!==r.isHovered)if(r.isHovered){var o;if(((o=this.hovered)===null||o===void 0?void 0:o.kind)==="edge"&&this.hovered.key!==e){var s=this.hovered.key,l=this.getEdgeState(s);this.edgeStates.set(s,H(H({},l),{},{isHovered:!1})),this.dirtyEdges.add(s)}this.hovered={kind:"edge",key:e}}else((i=this.hovered)===null||i===void 0?void 0:i.kind)==="edge"&&this.hovered.key===e&&(this.hovered=null)}}])})(),Pi=1,Ii=2,Fi=3,Ni=4,rf=(function(a){function t(e,n){var r,i,o,s,l,u=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};ne(this,t),l=me(this,t),I(l,"nodeReducer",null),I(l,"edgeReducer",null),I(l,"stageCanvas",null),I(l,"mouseLayer",null),I(l,"gestureHint",null),I(l,"extraElements",{}),I(l,"webGLContext",null),I(l,"pickingFrameBuffer",null),I(l,"pickingTexture",null),I(l,"pickingDepthBuffer",null),I(l,"activeListeners",{}),I(l,"nodeVariableEntries",[]),I(l,"edgeVariableEntries",[]),I(l,"edgePathsByName",new Map),I(l,"nodeProgramIndex",{}),I(l,"edgeProgramIndex",{}),I(l,"edgeTextureIndexCache",{}),I(l,"nodeGraphCoords",{}),I(l,"nodeExtent",{x:[0,1],y:[0,1]}),I(l,"matrix",Ve()),I(l,"invMatrix",Ve()),I(l,"correctionRatio",1),I(l,"frameId",0),I(l,"customBBox",null),I(l,"gpuTimerExt",void 0),I(l,"activeGpuTimerQuery",null),I(l,"pendingGpuTimerQueries",[]),I(l,"normalizationFunction",ta({x:[0,1],y:[0,1]})),I(l,"graphToViewportRatio",1),I(l,"pickingState",Lc()),I(l,"prevNodeVisibilities",{}),I(l,"width",0),I(l,"height",0),I(l,"autoRescaleFrozen",!1),I(l,"stylesDeclaration",null),I(l,"resolvedStageStyle",{}),I(l,"renderFrame",null),I(l,"contextLost",!1),I(l,"pendingProcess","full"),I(l,"needToRefreshState",!1),I(l,"checkEdgesEventsFrame",null),I(l,"edgeStyleAnalysis",{dependency:"static",xAttribute:null,yAttribute:null}),I(l,"depthLayers",Q(ea)),I(l,"customLayerPrograms",new Map),I(l,"nodeShapeSlug",null),I(l,"sdfAtlas",null),I(l,"depthRanges",{nodes:{},edges:{}}),I(l,"nodeBaseDepth",{}),I(l,"edgeBaseDepth",{});var d=u.primitives,h=u.styles,c=u.settings,f=c===void 0?{}:c,g=u.nodeReducer,p=u.edgeReducer,v=u.customNodeState,m=u.customEdgeState,y=u.customGraphState;l.stateManager=new nf(function(){return l.scheduleStateRefresh()},v,m,y);var _=d??td;l.stylesDeclaration=h?{nodes:(r=h.nodes)!==null&&r!==void 0?r:cr.nodes,edges:(i=h.edges)!==null&&i!==void 0?i:cr.edges,stage:h.stage}:cr,l.nodeReducer=g??null,l.edgeReducer=p??null;var x=Ka(l.stylesDeclaration.nodes);l.nodeReducer&&(x.dependency="graph-state"),l.edgeStyleAnalysis=Ka(l.stylesDeclaration.edges),l.edgeReducer&&(l.edgeStyleAnalysis.dependency="graph-state"),l.stylesDeclaration.stage&&(l.resolvedStageStyle=Ja(l.stylesDeclaration.stage,l.stateManager.graphState));var b=ld(f);if(mr(b),b.enableNodeDrag){var T=x.xAttribute,S=x.yAttribute;if((!T||!S)&&!b.dragPositionToAttributes)throw new Error('Sigma: `enableNodeDrag` is true but position attribute names could not be inferred from styles. Either use attribute bindings for x/y in your node styles (e.g. `x: { attribute: "x" }`), or provide a `dragPositionToAttributes` setting.')}if(sd(e),!(n instanceof HTMLElement))throw new Error("Sigma: container should be an html element.");l.container=n,l.edgeGroups=new Cc(e,function(F,N){for(var M=0;M<F.length;M++){var q=l.stateManager.getEdgeState(F[M]);q.parallelIndex=M,q.parallelCount=N}});var w=new Dc(e,l.viewportToGraph.bind(l),l.setNodesState.bind(l),function(F,N){return l.emit(F,N)});if(l.depthLayers=(o=_.depthLayers)!==null&&o!==void 0?o:Q(ea),!(h!=null&&h.nodes)&&!Qr.every(function(F){return l.depthLayers.includes(F)}))throw new Error("Sigma: depthLayers must include ".concat(Qr.join(", ")," for the built-in node styles."));if(!(h!=null&&h.edges)&&!Jr.every(function(F){return l.depthLayers.includes(F)}))throw new Error("Sigma: depthLayers must include ".concat(Jr.join(", ")," for the built-in edge styles."));l.itemBuckets={nodes:new vi(l.depthLayers),edges:new vi(l.depthLayers)},l.initWebGLContext(),l.mouseLayer=yn("div",{position:"absolute",touchAction:"none",userSelect:"none"},{class:"sigma-mouse"}),l.container.appendChild(l.mouseLayer),l.resolvedStageStyle.background&&(l.container.style.backgroundColor=l.resolvedStageStyle.background),l.resolvedStageStyle.cursor&&(l.container.style.cursor=l.resolvedStageStyle.cursor);var k=new fc(l.webGLContext),A=new yi(l.webGLContext,{channels:1}),L=new vc(l.webGLContext),C=new yi(l.webGLContext,{channels:4}),E=l.webGLContext,G=new Yc({gl:E,getFrameBuffer:function(){return l.pickingFrameBuffer},getPixelRatio:function(){return l.internals.pixelRatio},getDownSizingRatio:function(){return l.internals.settings.pickingDownSizingRatio},isRenderPending:function(){return l.renderFrame!==null},onIndex:function(N,M){var q;return Rs(l.internals,(q=l.pickingState.lookup[N])!==null&&q!==void 0?q:null,M)}}),z=l.initPrograms(_,b),P=_==null||(s=_.nodes)===null||s===void 0?void 0:s.labelAttachments,D=null;return P&&Object.keys(P).length>0&&(D=new cc(E,P,function(){return l.scheduleRender()})),l.internals=H(H({nodeDataCache:{},edgeDataCache:{},nodesWithForcedLabels:new Set,nodesWithBackdrop:new Set,edgesWithForcedLabels:new Set,settings:b,primitives:_,pixelRatio:na(),graph:e,stateManager:l.stateManager,dragManager:w,hoverResolver:G,nodeStyleAnalysis:x,pickingState:l.pickingState},z),{},{attachmentManager:D,nodeDataTexture:k,nodeFrameTexture:A,edgeDataTexture:L,edgeFrameTexture:C,getDimensions:function(){return l.getDimensions()},getGraphDimensions:function(){return l.getGraphDimensions()},getStagePadding:function(){return l.getStagePadding()},getCameraState:function(){return l.camera.getState()},getHitAtPosition:function(N){return l.getHitAtPosition(N)},setNodeState:function(N,M){return l.setNodeState(N,M)},setEdgeState:function(N,M){return l.setEdgeState(N,M)},updateContainerCursor:function(){return l.updateContainerCursor()},scheduleRefresh:function(){return l.scheduleRefresh()},viewportToFramedGraph:function(N){return l.viewportToFramedGraph(N)},viewportToGraph:function(N){return l.viewportToGraph(N)},framedGraphToViewport:function(N){return l.framedGraphToViewport(N)},scaleSize:function(N){return l.scaleSize(N)},emit:function(N,M){return l.emit(N,M)}}),l.labelRenderer=new tf(l.internals),l.resize(),l.initializeWebGLLabels(),l.camera=new _i,l.bindCameraHandlers(),l.mouseCaptor=new wc(l.mouseLayer,l),l.mouseCaptor.setSettings(l.internals.settings),l.touchCaptor=new Ac(l.mouseLayer,l),l.touchCaptor.setSettings(l.internals.settings),l.bindEventHandlers(),l.bindGraphHandlers(),l.handleSettingsUpdate(),l.refresh(),l}return ve(t,a),re(t,[{key:"initializeWebGLLabels",value:function(){this.sdfAtlas=new Ht,this.sdfAtlas.registerFont({family:"sans-serif",weight:"normal",style:"normal"})}},{key:"resetWebGLTexture",value:function(){var n=this.webGLContext;if(!this.pickingFrameBuffer)return this;var r=Math.ceil(this.width*this.internals.pixelRatio/this.internals.settings.pickingDownSizingRatio),i=Math.ceil(this.height*this.internals.pixelRatio/this.internals.settings.pickingDownSizingRatio);n.bindFramebuffer(n.FRAMEBUFFER,this.pickingFrameBuffer),this.pickingTexture&&n.deleteTexture(this.pickingTexture);var o=n.createTexture();o&&(n.bindTexture(n.TEXTURE_2D,o),n.texImage2D(n.TEXTURE_2D,0,n.RGBA,r,i,0,n.RGBA,n.UNSIGNED_BYTE,null),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_MIN_FILTER,n.NEAREST),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_MAG_FILTER,n.NEAREST),n.framebufferTexture2D(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,o,0),this.pickingTexture=o),this.pickingDepthBuffer&&n.deleteRenderbuffer(this.pickingDepthBuffer);var s=n.createRenderbuffer();return s&&(n.bindRenderbuffer(n.RENDERBUFFER,s),n.renderbufferStorage(n.RENDERBUFFER,n.DEPTH_COMPONENT16,r,i),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.DEPTH_ATTACHMENT,n.RENDERBUFFER,s),this.pickingDepthBuffer=s),n.bindFramebuffer(n.FRAMEBUFFER,null),this}},{key:"bindCameraHandlers",value:function(){var n=this;return this.activeListeners.camera=function(){n.refreshMatrices(),n.labelRenderer.labelsDirty=!0,n.scheduleRender()},this.activeListeners.cameraAnimationStart=function(r){var i=r.from,o=r.to;i.ratio!==o.ratio&&n.stateManager.setGraphState({isZooming:!0})},this.activeListeners.cameraAnimationEnd=function(){n.stateManager.setGraphState({isZooming:!1})},this.camera.on("updated",this.activeListeners.camera),this.camera.on("animationStart",this.activeListeners.cameraAnimationStart),this.camera.on("animationEnd",this.activeListeners.cameraAnimationEnd),this}},{key:"unbindCameraHandlers",value:function(){return this.camera.removeListener("updated",this.activeListeners.camera),this.camera.removeListener("animationStart",this.activeListeners.cameraAnimationStart),this.camera.removeListener("animationEnd",this.activeListeners.cameraAnimationEnd),this}},{key:"getHitAtPosition",value:function(n){var r;if(this.contextLost)return null;var i=this.webGLContext;i.bindFramebuffer(i.FRAMEBUFFER,this.pickingFrameBuffer);var o=vu(i,this.pickingFrameBuffer,n.x,n.y,this.internals.pixelRatio,this.internals.settings.pickingDownSizingRatio),s=Ho.apply(void 0,Q(o));return(r=this.pickingState.lookup[s])!==null&&r!==void 0?r:null}},{key:"bindEventHandlers",value:function(){return Mc(this.internals,this.mouseCaptor,this.touchCaptor,this.activeListeners),this}},{key:"bindGraphHandlers",value:function(){return Bc({graph:this.internals.graph,edgeGroups:this.edgeGroups,addNode:this.addNode.bind(this),updateNode:this.updateNode.bind(this),removeNode:this.removeNode.bind(this),addEdge:this.addEdge.bind(this),updateEdge:this.updateEdge.bind(this),removeEdge:this.removeEdge.bind(this),clearEdgeState:this.clearEdgeState.bind(this),clearNodeState:this.clearNodeState.bind(this),clearEdgeIndices:this.clearEdgeIndices.bind(this),clearNodeIndices:this.clearNodeIndices.bind(this),refresh:this.refresh.bind(this)},this.activeListeners),this}},{key:"unbindGraphHandlers",value:function(){Oc(this.internals.graph,this.activeListeners)}},{key:"getNodeShapeId",value:function(n){return this.internals.nodeShapeMap&&this.internals.nodeGlobalShapeIds&&n.shape&&n.shape in this.internals.nodeShapeMap?this.internals.nodeGlobalShapeIds[this.internals.nodeShapeMap[n.shape]]:jn(n.shape||"circle")}},{key:"processNodes",value:function(){var n=this,r=this.internals.graph,i=this.internals.settings,o=this.getDimensions(),s=i.autoRescale,l=i.autoRescaleContent,u=this.nodeExtent;if(s===!1){var d=o.width,h=o.height;u={x:[-d/2,d/2],y:[-h/2,h/2]}}else(s!=="once"||!this.autoRescaleFrozen)&&(u=this.computeNodeExtent(),l!=="positions"&&!this.customBBox&&(u=Hc({extent:u,coords:this.nodeGraphCoords,nodeData:this.internals.nodeDataCache,dimensions:o,stagePadding:this.getStagePadding(),zoomToSizeRatioFunction:i.zoomToSizeRatioFunction,itemSizesReference:i.itemSizesReference,fitLabels:l==="labels",nodeLabelBox:function(q,W){return n.labelRenderer.nodeLabelBox(q,W)}})),s==="once"&&(this.autoRescaleFrozen=!0));this.nodeExtent=u,this.normalizationFunction=ta(this.customBBox||this.nodeExtent);var c=new _i,f=xt(c.getState(),o,this.getGraphDimensions(),this.getStagePadding());this.labelRenderer.labelGrid.resizeAndClear(o,i.labelGridCellSize),this.labelRenderer.edgeAnchorGrid.resizeAndClear(o,i.labelGridCellSize);var g=i.renderEdgeLabels&&i.edgeLabelAnchors==="allNodes",p=!1;xr(this.pickingState,"node");for(var v=r.nodes(),m=0,y=v.length;m<y;m++){var _=v[m],x=this.internals.nodeDataCache[_],b=this.nodeGraphCoords[_];x.x=b.x,x.y=b.y,this.normalizationFunction.applyTo(x),x.visibility!==this.prevNodeVisibilities[_]&&(p=!0),typeof x.label=="string"&&x.visibility!=="hidden"&&x.labelVisibility!=="hidden"&&this.labelRenderer.labelGrid.add(_,x.size,this.framedGraphToViewport(x,{matrix:f})),g&&x.visibility!=="hidden"&&this.labelRenderer.edgeAnchorGrid.add(_,x.size,this.framedGraphToViewport(x,{matrix:f}))}this.labelRenderer.labelGrid.organize(),this.labelRenderer.edgeAnchorGrid.organize(),this.nodeProgram.reallocate(v.length);var T=0;this.depthRanges.nodes={},this.nodeBaseDepth={};var S=this.internals.nodeDataCache,w=O(this.depthLayers),k;try{for(w.s();!(k=w.n()).done;){var A=k.value,L=this.itemBuckets.nodes.getSorted(A,function(M){return S[M].zIndex});if(L.length!==0){this.depthRanges.nodes[A]=[{offset:T,count:L.length}];var C=O(L),E;try{for(C.s();!(E=C.n()).done;){var G=E.value;this.nodeBaseDepth[G]=A,this.nodeProgram.allocateNode(G),ki(this.pickingState,"node",G),this.addNodeToProgram(G,T++)}}catch(M){C.e(M)}finally{C.f()}}}}catch(M){w.e(M)}finally{w.f()}this.nodeProgram.invalidateBuffers();for(var z=0,P=v.length;z<P;z++)this.prevNodeVisibilities[v[z]]=this.internals.nodeDataCache[v[z]].visibility;this.labelRenderer.processWebGLLabels(v);var D=O(this.customLayerPrograms.values()),F;try{for(D.s();!(F=D.n()).done;){var N=F.value.program;N.cacheData&&N.cacheData()}}catch(M){D.e(M)}finally{D.f()}return p}},{key:"processEdges",value:function(){var n=this.internals.graph,r=n.edges();this.edgeProgram.reallocate(r.length);var i=0;xr(this.pickingState,"edge"),this.depthRanges.edges={},this.edgeBaseDepth={};var o=this.internals.edgeDataCache,s=O(this.depthLayers),l;try{for(s.s();!(l=s.n()).done;){var u=l.value,d=this.itemBuckets.edges.getSorted(u,function(g){return o[g].zIndex});if(d.length!==0){this.depthRanges.edges[u]=[{offset:i,count:d.length}];var h=O(d),c;try{for(h.s();!(c=h.n()).done;){var f=c.value;this.edgeBaseDepth[f]=u,ki(this.pickingState,"edge",f),this.addEdgeToProgram(f,i++)}}catch(g){h.e(g)}finally{h.f()}}}}catch(g){s.e(g)}finally{s.f()}this.edgeProgram.invalidateBuffers()}},{key:"updateNodeDepthRanges",value:function(n,r,i){var o=this.nodeProgramIndex[n];o!==void 0&&(ri(this.depthRanges.nodes,r,o),ai(this.depthRanges.nodes,i,o))}},{key:"updateEdgeDepthRanges",value:function(n,r,i){var o=this.edgeProgramIndex[n];o!==void 0&&(ri(this.depthRanges.edges,r,o),ai(this.depthRanges.edges,i,o))}},{key:"handleSettingsUpdate",value:function(){var n=this,r=this.internals.settings;return this.camera.minRatio=r.minCameraRatio,this.camera.maxRatio=r.maxCameraRatio,this.camera.enabledZooming=r.enableCameraZooming,this.camera.enabledPanning=r.enableCameraPanning,this.camera.enabledRotation=r.enableCameraRotation,r.cameraPanBoundaries?this.camera.constrainState=function(i){return n.cleanCameraState(i,r.cameraPanBoundaries&&ae(r.cameraPanBoundaries)==="object"?r.cameraPanBoundaries:{})}:this.camera.constrainState=null,this.camera.setState(this.camera.getState()),this.mouseLayer.style.touchAction=r.gestureTarget==="graph"?"none":r.gestureTarget==="shared"?"pan-x pan-y":"auto",r.gestureTarget!=="shared"&&this.gestureHint&&(this.gestureHint.kill(),this.gestureHint=null),this.mouseCaptor.setSettings(this.internals.settings),this.touchCaptor.setSettings(this.internals.settings),this}},{key:"cleanCameraState",value:function(n){var r=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},i=r.tolerance,o=i===void 0?0:i,s=r.boundaries,l=H({},n),u=s||this.nodeExtent,d=le(u.x,2),h=d[0],c=d[1],f=le(u.y,2),g=f[0],p=f[1],v=[this.graphToViewport({x:h,y:g},{cameraState:n}),this.graphToViewport({x:c,y:g},{cameraState:n}),this.graphToViewport({x:h,y:p},{cameraState:n}),this.graphToViewport({x:c,y:p},{cameraState:n})],m=1/0,y=-1/0,_=1/0,x=-1/0;v.forEach(function(G){var z=G.x,P=G.y;m=Math.min(m,z),y=Math.max(y,z),_=Math.min(_,P),x=Math.max(x,P)});var b=y-m,T=x-_,S=this.getDimensions(),w=S.width,k=S.height,A=0,L=0;if(b>=w?y<w-o?A=y-(w-o):m>o&&(A=m-o):y>w+o?A=y-(w+o):m<-o&&(A=m+o),T>=k?x<k-o?L=x-(k-o):_>o&&(L=_-o):x>k+o?L=x-(k+o):_<-o&&(L=_+o),A||L){var C=this.viewportToFramedGraph({x:0,y:0},{cameraState:n}),E=this.viewportToFramedGraph({x:A,y:L},{cameraState:n});A=E.x-C.x,L=E.y-C.y,l.x+=A,l.y+=L}return l}},{key:"refreshMatrices",value:function(){var n=this.camera.getState(),r=this.getDimensions(),i=this.getGraphDimensions(),o=this.getStagePadding();this.matrix=xt(n,r,i,o),this.invMatrix=xt(n,r,i,o,!0),this.correctionRatio=fu(this.matrix,n,r),this.graphToViewportRatio=this.getGraphToViewportRatio()}},{key:"processData",value:function(){var n;this.emit("beforeProcess"),(n=this.internals.attachmentManager)===null||n===void 0||n.clear();var r=H({},this.pickingState.idsByKind),i=this.processNodes();(this.pendingProcess==="full"||i)&&this.processEdges(),Pc(this.pickingState,this.internals),Ic(r,this.pickingState.idsByKind)||this.internals.hoverResolver.invalidate(),this.pendingProcess="none",this.emit("afterProcess")}},{key:"render",value:function(){var n=this;if(this.contextLost)return this;this.emit("beforeRender");var r=function(){return n.internals.hoverResolver.frameRendered(),n.emit("afterRender"),n};if(this.renderFrame&&(cancelAnimationFrame(this.renderFrame),this.renderFrame=null),this.resize(),(this.pendingProcess!=="none"||this.needToRefreshState)&&(this.labelRenderer.labelsDirty=!0),this.pendingProcess!=="none"&&this.processData(),this.needToRefreshState&&this.refreshState(),this.needToRefreshState=!1,this.stateManager.clearDirtyTracking(),this.pendingProcess!=="none"&&this.processData(),this.clear(),this.resetWebGLTexture(),!this.internals.graph.order)return r();var i=this.mouseCaptor,o=this.camera.isAnimating()||i.isMoving||i.draggedEvents||i.currentWheelDirection;if(this.refreshMatrices(),this.frameId++,this.internals.settings.renderEdgeLabels&&!this.internals.edgeLabelProgram){var s=this.createEdgeLabelPrograms(),l=s.labelProgram,u=s.labelBackgroundProgram;this.internals.edgeLabelProgram=l,this.internals.edgeLabelBackgroundProgram=u}var d=this.internals.settings.DEBUG_logRenderStats?this.getDebugPrograms():null;d&&d.forEach(function(j){return j.resetDebugStats()}),this.internals.settings.DEBUG_gpuTimerQueries&&this.beginGpuTimerQuery(),this.internals.nodeFrameTexture.ensureCapacity(this.internals.nodeDataTexture.getCapacity()),this.internals.edgeFrameTexture.ensureCapacity(this.internals.edgeDataTexture.getCapacity());var h=this.getRenderParams(),c=ke.edge.writesPickingThisFrame(this.internals)?h:H(H({},h),{},{pickingFrameBuffer:null});this.labelRenderer.resetFrame();var f=this.webGLContext,g=Math.ceil(this.width*this.internals.pixelRatio/this.internals.settings.pickingDownSizingRatio),p=Math.ceil(this.height*this.internals.pixelRatio/this.internals.settings.pickingDownSizingRatio);if(f.bindFramebuffer(f.FRAMEBUFFER,this.pickingFrameBuffer),f.viewport(0,0,g,p),f.clear(f.COLOR_BUFFER_BIT|f.DEPTH_BUFFER_BIT),f.bindFramebuffer(f.FRAMEBUFFER,null),f.viewport(0,0,this.width*this.internals.pixelRatio,this.height*this.internals.pixelRatio),f.clear(f.COLOR_BUFFER_BIT|f.DEPTH_BUFFER_BIT),this.internals.nodeDataTexture.upload(),this.internals.edgeDataTexture.upload(),this.nodeProgram.uploadLayerTexture(),this.edgeProgram.uploadAttributeTexture(),this.emit("afterTexturesUpload"),this.internals.nodeDataTexture.bind(Fi),this.internals.edgeDataTexture.bind(Ni),this.edgeFramePass.run(h,this.internals.edgeFrameTexture,this.internals.edgeDataTexture.getHighWaterMark(),this.edgeProgram.getAttributeTexture(),this.nodeProgram.getAttributeTexture()),this.internals.edgeFrameTexture.bind(Pi),this.internals.settings.renderLabels){this.labelRenderer.computeDisplayedNodeLabels();var v=this.labelRenderer.buildFramePassPoints(),m=v.data,y=v.count;this.nodeFramePass.run(m,y,this.internals.nodeFrameTexture,h,this.nodeProgram.getAttributeTexture()),this.internals.nodeFrameTexture.bind(Ii)}this.internals.settings.renderEdgeLabels&&this.labelRenderer.computeDisplayedEdgeLabels();var _=O(this.customLayerPrograms.values()),x;try{for(_.s();!(x=_.n()).done;){var b=x.value.program;b.preRender&&b.preRender(h)}}catch(j){_.e(j)}finally{_.f()}f.bindFramebuffer(f.FRAMEBUFFER,null),f.viewport(0,0,this.width*this.internals.pixelRatio,this.height*this.internals.pixelRatio),f.blendFunc(f.ONE,f.ONE_MINUS_SRC_ALPHA);var T=!this.internals.settings.hideLabelsOnMove||!o,S=O(this.depthLayers),w;try{for(S.s();!(w=S.n()).done;){var k=w.value,A=O(this.customLayerPrograms.values()),L;try{for(A.s();!(L=A.n()).done;){var C=L.value;C.depth===k&&C.program.render(h)}}catch(j){A.e(j)}finally{A.f()}var E=this.depthRanges.edges[k];if(E&&(!this.internals.settings.hideEdgesOnMove||!o)){var G=O(E),z;try{for(G.s();!(z=G.n()).done;){var P=z.value,D=P.offset,F=P.count;F>0&&this.edgeProgram.render(c,D,F)}}catch(j){G.e(j)}finally{G.f()}}this.internals.settings.renderEdgeLabels&&T&&(this.labelRenderer.renderEdgeLabelBackgrounds(ke.edgeLabel.writesPickingThisFrame(this.internals)?h:H(H({},h),{},{pickingFrameBuffer:null}),k),this.labelRenderer.renderEdgeLabels(h,k)),this.labelRenderer.cacheAttachments(k),this.labelRenderer.renderBackdrops(H(H({},h),{},{pickingFrameBuffer:null}),k);var N=this.depthRanges.nodes[k];if(N){var M=O(N),q;try{for(M.s();!(q=M.n()).done;){var W=q.value,$=W.offset,K=W.count;K>0&&this.nodeProgram.render(h,$,K)}}catch(j){M.e(j)}finally{M.f()}}T&&(this.labelRenderer.renderAttachments(H(H({},h),{},{pickingFrameBuffer:null}),k),this.labelRenderer.renderLabelBackgrounds(ke.nodeLabel.writesPickingThisFrame(this.internals)?h:H(H({},h),{},{pickingFrameBuffer:null}),k),this.internals.settings.renderLabels&&this.labelRenderer.renderWebGLLabels(h,k))}}catch(j){S.e(j)}finally{S.f()}return this.labelRenderer.labelsDirty=!1,this.internals.settings.DEBUG_displayPickingLayer&&(f.bindFramebuffer(f.READ_FRAMEBUFFER,this.pickingFrameBuffer),f.bindFramebuffer(f.DRAW_FRAMEBUFFER,null),f.blitFramebuffer(0,0,g,p,0,0,this.width*this.internals.pixelRatio,this.height*this.internals.pixelRatio,f.COLOR_BUFFER_BIT,f.NEAREST)),this.internals.settings.DEBUG_gpuTimerQueries&&this.endGpuTimerQuery(),this.pollGpuTimerQueries(),d&&this.logRenderStats(d),r()}},{key:"getDebugPrograms",value:function(){return[this.nodeProgram,this.edgeProgram,this.internals.labelProgram,this.internals.edgeLabelProgram,this.internals.edgeLabelBackgroundProgram,this.internals.backdropProgram,this.internals.labelBackgroundProgram,this.internals.attachmentProgram].filter(function(n){return n!==null})}},{key:"logRenderStats",value:function(n){var r={},i=O(n),o;try{for(i.s();!(o=i.n()).done;){var s=o.value;r[s.constructor.name]=H({},s.debugStats)}}catch(l){i.e(l)}finally{i.f()}console.log("[sigma] DEBUG_logRenderStats: frame #".concat(this.frameId)),console.table(r)}},{key:"getGpuTimerExtension",value:function(){return this.gpuTimerExt===void 0&&(this.gpuTimerExt=this.webGLContext.getExtension("EXT_disjoint_timer_query_webgl2"),this.gpuTimerExt||console.warn("Sigma: DEBUG_gpuTimerQueries is enabled, but this browser/driver doesn't support EXT_disjoint_timer_query_webgl2.")),this.gpuTimerExt}},{key:"beginGpuTimerQuery",value:function(){var n=this.getGpuTimerExtension();if(n){var r=this.webGLContext,i=r.createQuery();i&&(r.beginQuery(n.TIME_ELAPSED_EXT,i),this.activeGpuTimerQuery=i)}}},{key:"endGpuTimerQuery",value:function(){!this.gpuTimerExt||!this.activeGpuTimerQuery||(this.webGLContext.endQuery(this.gpuTimerExt.TIME_ELAPSED_EXT),this.pendingGpuTimerQueries.push({query:this.activeGpuTimerQuery,frameId:this.frameId}),this.activeGpuTimerQuery=null)}},{key:"pollGpuTimerQueries",value:function(){if(this.pendingGpuTimerQueries.length!==0){var n=this.webGLContext,r=this.gpuTimerExt;if(!r){this.pendingGpuTimerQueries.forEach(function(h){var c=h.query;return n.deleteQuery(c)}),this.pendingGpuTimerQueries=[];return}var i=n.getParameter(r.GPU_DISJOINT_EXT),o=[],s=O(this.pendingGpuTimerQueries),l;try{for(s.s();!(l=s.n()).done;){var u=l.value;if(!n.getQueryParameter(u.query,n.QUERY_RESULT_AVAILABLE)){o.push(u);continue}if(!i){var d=n.getQueryParameter(u.query,n.QUERY_RESULT);console.log("[sigma] DEBUG_gpuTimerQueries: frame #".concat(u.frameId," GPU time = ").concat((d/1e6).toFixed(2),"ms"))}n.deleteQuery(u.query)}}catch(h){s.e(h)}finally{s.f()}this.pendingGpuTimerQueries=o}}},{key:"postEvaluateNode",value:function(n,r,i){var o=n;o.x===void 0&&(o.x=r.x),o.y===void 0&&(o.y=r.y),n.highlighted=i.isHighlighted;for(var s=0,l=this.nodeVariableEntries.length;s<l;s++){var u,d,h=le(this.nodeVariableEntries[s],2),c=h[0],f=h[1];o[c]=(u=(d=o[c])!==null&&d!==void 0?d:r[c])!==null&&u!==void 0?u:f.default}}},{key:"addNode",value:function(n){var r=this.internals.graph.getNodeAttributes(n),i=this.stateManager.getNodeState(n),o=this.internals.nodeDataCache[n]||{};if(Za(this.stylesDeclaration.nodes,r,i,this.stateManager.graphState,this.internals.graph,o),this.postEvaluateNode(o,r,i),this.nodeReducer){var s=this.nodeReducer(n,o,r,i,this.stateManager.graphState,this.internals.graph);o=H(H({},o),s)}if(typeof o.x!="number"||typeof o.y!="number")throw new Error('Sigma: could not find a valid position (x, y) for node "'.concat(n,'". ')+"Provide coordinates via node attributes, styles, or a nodeReducer.");this.internals.nodeShapeMap?(!o.shape||!(o.shape in this.internals.nodeShapeMap))&&(o.shape=Object.keys(this.internals.nodeShapeMap)[0]):this.nodeShapeSlug&&(o.shape=this.nodeShapeSlug),this.internals.nodeDataCache[n]=o,this.nodeGraphCoords[n]={x:o.x,y:o.y},Lt(this.internals.nodesWithForcedLabels,n,_t(o)),Lt(this.internals.nodesWithBackdrop,n,ni(o)),this.itemBuckets.nodes.set(n,o.depth)}},{key:"updateNode",value:function(n){this.addNode(n);var r=this.internals.nodeDataCache[n];this.normalizationFunction.applyTo(r)}},{key:"removeNode",value:function(n){this.itemBuckets.nodes.remove(n),delete this.internals.nodeDataCache[n],delete this.nodeGraphCoords[n],delete this.nodeProgramIndex[n],this.internals.dragManager.removeNode(n),this.stateManager.removeNode(n),this.internals.nodesWithForcedLabels.delete(n),this.internals.nodesWithBackdrop.delete(n)}},{key:"postEvaluateEdge",value:function(n,r){for(var i=n,o=0,s=this.edgeVariableEntries.length;o<s;o++){var l,u,d=le(this.edgeVariableEntries[o],2),h=d[0],c=d[1];i[h]=(l=(u=i[h])!==null&&u!==void 0?u:r[h])!==null&&l!==void 0?l:c.default}}},{key:"applyEdgeSpread",value:function(n,r,i){var o;if(!(i.parallelCount<=1)){var s=this.internals.graph.source(n),l=this.internals.graph.target(n),u=s===l,d=u?r.selfLoopPath||r.path:r.parallelPath||r.path,h=d?this.edgePathsByName.get(d):void 0;if(h!=null&&h.spread){var c=(o=r.parallelSpread)!==null&&o!==void 0?o:.25,f=h.spread.compute(i.parallelIndex,i.parallelCount,c);!u&&this.internals.graph.isDirected(n)&&s>l&&(f=-f),r[h.spread.variable]=f}}}},{key:"addEdge",value:function(n){var r=this.internals.graph.getEdgeAttributes(n),i=this.stateManager.getEdgeState(n),o={};if(Qa(this.stylesDeclaration.edges,r,i,this.stateManager.graphState,this.internals.graph,o),this.postEvaluateEdge(o,r),this.edgeReducer){var s=this.edgeReducer(n,o,r,i,this.stateManager.graphState,this.internals.graph);o=H(H({},o),s)}this.applyEdgeSpread(n,o,i),this.internals.edgeDataCache[n]=o,Lt(this.internals.edgesWithForcedLabels,n,_t(o)),this.itemBuckets.edges.set(n,o.depth)}},{key:"updateEdge",value:function(n){this.addEdge(n)}},{key:"removeEdge",value:function(n){this.itemBuckets.edges.remove(n),delete this.internals.edgeDataCache[n],delete this.edgeProgramIndex[n],delete this.edgeTextureIndexCache[n],this.internals.edgeDataTexture.free(n),this.stateManager.removeEdge(n),this.internals.edgesWithForcedLabels.delete(n)}},{key:"clearNodeIndices",value:function(){this.labelRenderer.resetLabelGrid(),this.autoRescaleFrozen||(this.nodeExtent={x:[0,1],y:[0,1]}),this.internals.nodeDataCache={},this.nodeGraphCoords={},this.edgeProgramIndex={},this.internals.nodesWithForcedLabels.clear(),this.internals.nodesWithBackdrop.clear(),this.prevNodeVisibilities={},this.itemBuckets.nodes.clearAll(),this.depthRanges.nodes={},this.nodeBaseDepth={}}},{key:"clearEdgeIndices",value:function(){this.internals.edgeDataCache={},this.edgeProgramIndex={},this.edgeTextureIndexCache={},this.internals.edgesWithForcedLabels.clear(),xr(this.pickingState,"edge"),this.itemBuckets.edges.clearAll(),this.depthRanges.edges={},this.edgeBaseDepth={},this.edgeGroups.clear()}},{key:"clearIndices",value:function(){this.clearEdgeIndices(),this.clearNodeIndices()}},{key:"clearNodeState",value:function(){this.labelRenderer.resetFrame(),this.internals.nodesWithBackdrop.clear(),this.internals.dragManager.clear(),this.autoRescaleFrozen=!1,this.stateManager.clearNodes()}},{key:"clearEdgeState",value:function(){this.labelRenderer.clearEdgeLabels(),this.stateManager.clearEdges()}},{key:"clearState",value:function(){this.clearEdgeState(),this.clearNodeState(),this.stateManager.resetGraphState()}},{key:"addNodeToProgram",value:function(n,r){var i,o=this.internals.nodeDataCache[n];this.internals.nodeDataTexture.allocate(n),(i=this.internals.nodeDataTexture).updateNode.apply(i,[n,o.x,o.y,o.size,this.getNodeShapeId(o)].concat(Q(pr(o)),[o.color]));var s=this.internals.nodeDataTexture.getIndex(n);this.nodeProgram.process(St(this.pickingState,"node",n),r,o,s,n),this.nodeProgramIndex[n]=r}},{key:"addEdgeToProgram",value:function(n,r){var i,o,s=this.internals.edgeDataCache[n],l=this.internals.graph.source(n),u=this.internals.graph.target(n),d=this.internals.edgeDataTexture.allocate(n);this.edgeTextureIndexCache[n]=d;var h=l===u,c=!h&&((i=(o=this.stateManager.getEdgeState(n))===null||o===void 0?void 0:o.parallelCount)!==null&&i!==void 0?i:1)>1,f=this.edgeProgram.resolveEdgeIds(s,h,c),g=f.pathId,p=f.headId,v=f.tailId,m=f.headLengthRatio,y=f.tailLengthRatio;this.internals.edgeDataTexture.updateEdge(n,this.internals.nodeDataTexture.getIndex(l),this.internals.nodeDataTexture.getIndex(u),s.size,m,y,g,p,v),this.edgeProgram.process(St(this.pickingState,"edge",n),r,this.internals.nodeDataCache[l],this.internals.nodeDataCache[u],s,d),this.edgeProgramIndex[n]=r}},{key:"getRenderParams",value:function(){return{frameId:this.frameId,matrix:this.matrix,invMatrix:this.invMatrix,width:this.width,height:this.height,pixelRatio:this.internals.pixelRatio,zoomRatio:this.camera.ratio,cameraAngle:this.camera.angle,sizeRatio:1/this.scaleSize(),correctionRatio:this.correctionRatio,downSizingRatio:this.internals.settings.pickingDownSizingRatio,minEdgeThickness:this.internals.settings.minEdgeThickness,antiAliasingFeather:this.internals.settings.antiAliasingFeather,nodePickingPadding:this.internals.settings.nodePickingPadding,edgePickingPadding:this.internals.settings.edgePickingPadding,labelPickingPadding:this.internals.settings.labelPickingPadding,nodeDataTextureUnit:Fi,nodeDataTextureWidth:this.internals.nodeDataTexture.getTextureWidth(),nodeFrameTextureUnit:Ii,nodeFrameTextureWidth:this.internals.nodeFrameTexture.getTextureWidth(),edgeDataTextureUnit:Ni,edgeDataTextureWidth:this.internals.edgeDataTexture.getTextureWidth(),edgeFrameTextureUnit:Pi,edgeFrameTextureWidth:this.internals.edgeFrameTexture.getTextureWidth(),pickingFrameBuffer:this.pickingFrameBuffer,labelPixelSnapping:this.internals.settings.labelPixelSnapping?1:0}}},{key:"getStagePadding",value:function(){var n=this.internals.settings,r=n.stagePadding,i=n.autoRescale;return i&&r||0}},{key:"getLayerElement",value:function(n){if(n==="mouse")return this.mouseLayer;var r=this.extraElements[n];if(!r)throw new Error('Sigma: layer "'.concat(n,'" does not exist'));return r}},{key:"initWebGLContext",value:function(){var n=this,r=this.createWebGLContext("stage");this.stageCanvas=this.extraElements.stage,this.webGLContext=r,this.stageCanvas.addEventListener("webglcontextlost",function(i){n.webGLContext&&(i.preventDefault(),n.contextLost=!0,n.renderFrame&&(cancelAnimationFrame(n.renderFrame),n.renderFrame=null),n.gpuTimerExt=void 0,n.activeGpuTimerQuery=null,n.pendingGpuTimerQueries=[],n.emit("webglContextLost"))}),this.stageCanvas.addEventListener("webglcontextrestored",function(){requestAnimationFrame(function(){n.webGLContext&&!n.webGLContext.isContextLost()&&n.restoreWebGLContext()})}),this.initPickingFramebuffer()}},{key:"initPickingFramebuffer",value:function(){var n=this.webGLContext,r=n.createFramebuffer();if(!r)throw new Error("Sigma: cannot create picking frame buffer");n.bindFramebuffer(n.FRAMEBUFFER,r);var i=n.createTexture();if(!i)throw new Error("Sigma: cannot create picking texture");n.bindTexture(n.TEXTURE_2D,i),n.texImage2D(n.TEXTURE_2D,0,n.RGBA,1,1,0,n.RGBA,n.UNSIGNED_BYTE,null),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_MIN_FILTER,n.NEAREST),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_MAG_FILTER,n.NEAREST),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_S,n.CLAMP_TO_EDGE),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_T,n.CLAMP_TO_EDGE),n.framebufferTexture2D(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,i,0);var o=n.createRenderbuffer();if(!o)throw new Error("Sigma: cannot create picking depth buffer");if(n.bindRenderbuffer(n.RENDERBUFFER,o),n.renderbufferStorage(n.RENDERBUFFER,n.DEPTH_COMPONENT16,1,1),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.DEPTH_ATTACHMENT,n.RENDERBUFFER,o),n.checkFramebufferStatus(n.FRAMEBUFFER)!==n.FRAMEBUFFER_COMPLETE)throw new Error("Sigma: picking framebuffer is not complete");n.bindFramebuffer(n.FRAMEBUFFER,null),this.pickingFrameBuffer=r,this.pickingTexture=i,this.pickingDepthBuffer=o}},{key:"initPrograms",value:function(n,r){var i=this,o=this.webGLContext,s=nc(o,this.pickingFrameBuffer,i,n?.nodes,r.antialiasNodes),l=s.nodeProgram,u=s.labelProgram,d=s.backdropProgram,h=s.labelBackgroundProgram,c=s.attachmentProgram,f=s.framePass,g=s.shapeSlug,p=s.shapeNameToIndex,v=s.shapeGlobalIds,m=s.variables;this.nodeProgram=l,this.nodeFramePass=f,this.nodeVariableEntries=Object.entries(m),g&&(this.nodeShapeSlug=g);var y=rc(o,this.pickingFrameBuffer,i,n?.edges,r.antialiasEdges,n?.nodes),_=y.edgeProgram,x=y.createLabelPrograms,b=y.framePass,T=y.variables,S=y.paths;return this.createEdgeLabelPrograms=x,this.edgeProgram=_,this.edgeFramePass=b,this.edgeVariableEntries=Object.entries(T),this.edgePathsByName=new Map(S.map(function(w){return[w.name,w]})),{labelProgram:u,edgeLabelProgram:null,edgeLabelBackgroundProgram:null,backdropProgram:d,labelBackgroundProgram:h,attachmentProgram:c,nodeShapeMap:p??null,nodeGlobalShapeIds:v??null}}},{key:"restoreWebGLContext",value:function(){var n,r,i,o,s,l=this.internals;this.initPickingFramebuffer(),(n=l.nodeDataTexture)===null||n===void 0||n.restore(),(r=l.nodeFrameTexture)===null||r===void 0||r.restore(),(i=l.edgeDataTexture)===null||i===void 0||i.restore(),(o=l.edgeFrameTexture)===null||o===void 0||o.restore(),(s=l.attachmentManager)===null||s===void 0||s.restore(),l.hoverResolver.reset(),Object.assign(l,this.initPrograms(l.primitives,l.settings));var u=O(this.customLayerPrograms.values()),d;try{for(u.s();!(d=u.n()).done;){var h=d.value;h.program.kill(),h.program=h.factory(this.webGLContext)}}catch(c){u.e(c)}finally{u.f()}this.contextLost=!1,this.emit("webglContextRestored"),this.refresh()}},{key:"createLayer",value:function(n,r){var i=arguments.length>2&&arguments[2]!==void 0?arguments[2]:{};if(this.extraElements[n])throw new Error('Sigma: a layer named "'.concat(n,'" already exists'));var o=yn(r,{position:"absolute"},{class:"sigma-".concat(n)});return i.style&&Object.assign(o.style,i.style),this.extraElements[n]=o,"beforeLayer"in i&&i.beforeLayer?this.getLayerElement(i.beforeLayer).before(o):"afterLayer"in i&&i.afterLayer?this.getLayerElement(i.afterLayer).after(o):this.container.appendChild(o),o}},{key:"createCanvas",value:function(n){var r=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this.createLayer(n,"canvas",r)}},{key:"createWebGLContext",value:function(n){var r=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},i=this.createCanvas(n,r);r.hidden&&i.remove();var o=i.getContext("webgl2",H({preserveDrawingBuffer:!1,antialias:!1,depth:!0},r));if(!o)throw new Error("Sigma: WebGL 2 is not supported by your browser. Please use a modern browser (Chrome 56+, Firefox 51+, Safari 15+, Edge 79+).");return o.blendFunc(o.ONE,o.ONE_MINUS_SRC_ALPHA),o}},{key:"killLayer",value:function(n){if(n==="stage"||n==="mouse")throw new Error('Sigma: cannot kill built-in layer "'.concat(n,'"'));var r=this.extraElements[n];if(!r)throw new Error("Sigma: cannot kill layer ".concat(n,", which does not exist"));return r.remove(),delete this.extraElements[n],this}},{key:"getWebGLContext",value:function(){if(!this.webGLContext)throw new Error("Sigma: WebGL context is not available");return this.webGLContext}},{key:"getNodeDataTexture",value:function(){if(!this.internals.nodeDataTexture)throw new Error("Sigma: node data texture is not available");return this.internals.nodeDataTexture}},{key:"getNormalizationFunction",value:function(){return this.normalizationFunction}},{key:"addCustomLayerProgram",value:function(n,r,i){var o;if(!this.depthLayers.includes(r))throw new Error('Sigma: cannot add custom layer program at depth "'.concat(r,'", ')+"it must be declared in primitives.depthLayers. Current layers: ".concat(this.depthLayers.join(", ")));(o=this.customLayerPrograms.get(n))===null||o===void 0||o.program.kill();var s=i(this.webGLContext);return this.customLayerPrograms.set(n,{depth:r,factory:i,program:s}),s.cacheData&&s.cacheData(),this.scheduleRender(),this}},{key:"removeCustomLayerProgram",value:function(n){var r=this.customLayerPrograms.get(n);return r&&(r.program.kill(),this.customLayerPrograms.delete(n),this.scheduleRender()),this}},{key:"getCamera",value:function(){return this.camera}},{key:"setCamera",value:function(n){return this.camera.cancelAnimation(),this.unbindCameraHandlers(),this.camera=n,this.bindCameraHandlers(),this.scheduleRender(),this}},{key:"getContainer",value:function(){return this.container}},{key:"getGraph",value:function(){return this.internals.graph}},{key:"setGraph",value:function(n){return n===this.internals.graph?this:(this.stateManager.pruneNodes(function(r){return n.hasNode(r)}),this.stateManager.pruneEdges(function(r){return n.hasEdge(r)}),this.unbindGraphHandlers(),this.checkEdgesEventsFrame!==null&&(cancelAnimationFrame(this.checkEdgesEventsFrame),this.checkEdgesEventsFrame=null),this.internals.graph=n,this.autoRescaleFrozen=!1,this.bindGraphHandlers(),this.refresh(),this)}},{key:"getMouseCaptor",value:function(){return this.mouseCaptor}},{key:"getTouchCaptor",value:function(){return this.touchCaptor}},{key:"getDimensions",value:function(){return{width:this.width,height:this.height}}},{key:"getGraphDimensions",value:function(){var n=this.customBBox||this.nodeExtent;return{width:n.x[1]-n.x[0]||1,height:n.y[1]-n.y[0]||1}}},{key:"getNodeDisplayData",value:function(n){var r=this.internals.nodeDataCache[n];return r?Object.assign({},r):void 0}},{key:"getEdgeDisplayData",value:function(n){var r=this.internals.edgeDataCache[n];return r?Object.assign({},r):void 0}},{key:"getNodeState",value:function(n){return this.stateManager.getNodeState(n)}},{key:"getEdgeState",value:function(n){return this.stateManager.getEdgeState(n)}},{key:"getGraphState",value:function(){return this.stateManager.getGraphState()}},{key:"setNodeState",value:function(n,r){return this.stateManager.setNodeState(n,r),this}},{key:"setEdgeState",value:function(n,r){return this.stateManager.setEdgeState(n,r),this}},{key:"setGraphState",value:function(n){return this.stateManager.setGraphState(n),this}},{key:"_setPanning",value:function(n){this.stateManager.setGraphState({isPanning:n})}},{key:"_setZooming",value:function(n){this.stateManager.setGraphState({isZooming:n})}},{key:"_hasNodeDrag",value:function(){var n=this.internals.dragManager;return!!(n.pendingNode||n.session)}},{key:"_showGestureHint",value:function(n){var r=this.internals.settings;r.gestureTarget==="shared"&&(this.gestureHint=this.gestureHint||new Xc(this.container),this.gestureHint.show(n,r))}},{key:"setNodesState",value:function(n,r){return this.stateManager.setNodesState(n,r),this}},{key:"setEdgesState",value:function(n,r){return this.stateManager.setEdgesState(n,r),this}},{key:"updateContainerCursor",value:function(){var n=this.stateManager.hovered,r=this.resolvedStageStyle.cursor||"";this.container.style.cursor=n&&Fc(this.internals,n)||r}},{key:"refreshStageStyle",value:function(){this.resolvedStageStyle=Ja(this.stylesDeclaration.stage,this.stateManager.graphState),this.resolvedStageStyle.background!==void 0&&(this.container.style.backgroundColor=this.resolvedStageStyle.background),this.updateContainerCursor()}},{key:"getNodeDisplayedLabels",value:function(){return new Set(this.labelRenderer.displayedNodeLabels)}},{key:"getEdgeDisplayedLabels",value:function(){return new Set(this.labelRenderer.displayedEdgeLabels)}},{key:"getSettings",value:function(){return H({},this.internals.settings)}},{key:"getSetting",value:function(n){return this.internals.settings[n]}},{key:"getStyles",value:function(){return H({},this.stylesDeclaration)}},{key:"getPrimitives",value:function(){return H({},this.internals.primitives)}},{key:"setSetting",value:function(n,r){return this.internals.settings[n]=r,mr(this.internals.settings),this.handleSettingsUpdate(),this.scheduleRefresh(),this}},{key:"updateSetting",value:function(n,r){return this.setSetting(n,r(this.internals.settings[n])),this}},{key:"setSettings",value:function(n){return this.internals.settings=H(H({},this.internals.settings),n),mr(this.internals.settings),this.handleSettingsUpdate(),this.scheduleRefresh(),this}},{key:"resize",value:function(n){var r=this.width,i=this.height;if(this.width=this.container.offsetWidth,this.height=this.container.offsetHeight,this.internals.pixelRatio=na(),this.width===0)if(this.internals.settings.allowInvalidContainer)this.width=1;else throw new Error("Sigma: Container has no width. You can set the allowInvalidContainer setting to true to stop seeing this error.");if(this.height===0)if(this.internals.settings.allowInvalidContainer)this.height=1;else throw new Error("Sigma: Container has no height. You can set the allowInvalidContainer setting to true to stop seeing this error.");if(!n&&r===this.width&&i===this.height)return this;this.labelRenderer.labelsDirty=!0;for(var o=0,s=[this.mouseLayer].concat(Q(Object.values(this.extraElements)));o<s.length;o++){var l=s[o];l.style.width=this.width+"px",l.style.height=this.height+"px"}return this.webGLContext&&(this.stageCanvas.setAttribute("width",this.width*this.internals.pixelRatio+"px"),this.stageCanvas.setAttribute("height",this.height*this.internals.pixelRatio+"px"),this.webGLContext.viewport(0,0,this.width*this.internals.pixelRatio,this.height*this.internals.pixelRatio)),this.emit("resize"),this}},{key:"clear",value:function(){return this.emit("beforeClear"),this.webGLContext.bindFramebuffer(WebGLRenderingContext.FRAMEBUFFER,null),this.webGLContext.clear(WebGLRenderingContext.COLOR_BUFFER_BIT),this.emit("afterClear"),this}},{key:"scheduleStateRefresh",value:function(){this.needToRefreshState=!0,this.scheduleRender()}},{key:"refreshState",value:function(){var n=this,r;this.stateManager.flushGraphStateFlags();var i=this.stateManager.graphStateChanged&&this.internals.nodeStyleAnalysis.dependency==="graph-state",o=this.stateManager.graphStateChanged&&this.edgeStyleAnalysis.dependency==="graph-state",s=!1;if(i)this.internals.graph.forEachNode(function(g){n.refreshNodeState(g)&&(s=!0)});else if(this.internals.nodeStyleAnalysis.dependency!=="static"){var l=O(this.stateManager.dirtyNodes),u;try{for(l.s();!(u=l.n()).done;){var d=u.value;this.refreshNodeState(d)&&(s=!0)}}catch(g){l.e(g)}finally{l.f()}}if(o)this.internals.graph.forEachEdge(function(g){n.refreshEdgeState(g)&&(s=!0)});else if(this.edgeStyleAnalysis.dependency!=="static"){var h=O(this.stateManager.dirtyEdges),c;try{for(h.s();!(c=h.n()).done;){var f=c.value;this.refreshEdgeState(f)&&(s=!0)}}catch(g){h.e(g)}finally{h.f()}}this.stateManager.graphStateChanged&&(r=this.stylesDeclaration)!==null&&r!==void 0&&r.stage&&this.refreshStageStyle(),this.stateManager.clearDirtyTracking(),s&&(this.pendingProcess="full")}},{key:"refreshNodeState",value:function(n){var r=this.internals.nodeDataCache[n];if(!r||this.nodeReducer){var i,o,s,l,u=(i=this.internals.nodeDataCache[n])===null||i===void 0?void 0:i.depth,d=(o=this.internals.nodeDataCache[n])===null||o===void 0?void 0:o.zIndex,h=(s=this.internals.nodeDataCache[n])===null||s===void 0?void 0:s.labelAttachment;this.updateNode(n);var c=this.internals.nodeDataCache[n];this.internals.attachmentManager&&c.labelAttachment!==h&&this.internals.attachmentManager.invalidateNode(n);var f;this.internals.nodeShapeMap&&this.internals.nodeGlobalShapeIds&&c.shape&&c.shape in this.internals.nodeShapeMap?f=this.internals.nodeGlobalShapeIds[this.internals.nodeShapeMap[c.shape]]:f=jn(c.shape||"circle"),(l=this.internals.nodeDataTexture).updateNode.apply(l,[n,c.x,c.y,c.size,f].concat(Q(pr(c)),[c.color])),u&&c.depth!==u&&this.updateNodeDepthRanges(n,u,c.depth);var g=this.nodeProgramIndex[n];return g!==void 0&&(this.addNodeToProgram(n,g),this.nodeProgram.invalidateBuffers()),d!==void 0&&c.zIndex!==d}var p=this.internals.graph.getNodeAttributes(n),v=this.stateManager.getNodeState(n),m=r.size,y=r.shape,_=r.depth,x=r.zIndex,b=r.labelAttachment,T=r.rotationAlignment,S=r.labelRotationAlignment,w=r.color;Za(this.stylesDeclaration.nodes,p,v,this.stateManager.graphState,this.internals.graph,r),this.postEvaluateNode(r,p,v);var k=this.nodeGraphCoords[n],A=r.x!==k.x||r.y!==k.y;if(A&&(k.x=r.x,k.y=r.y),this.normalizationFunction.applyTo(r),this.internals.nodeShapeMap?(!r.shape||!(r.shape in this.internals.nodeShapeMap))&&(r.shape=Object.keys(this.internals.nodeShapeMap)[0]):this.nodeShapeSlug&&(r.shape=this.nodeShapeSlug),this.internals.attachmentManager&&r.labelAttachment!==b&&this.internals.attachmentManager.invalidateNode(n),Lt(this.internals.nodesWithForcedLabels,n,_t(r)),Lt(this.internals.nodesWithBackdrop,n,ni(r)),A||r.size!==m||r.shape!==y||r.rotationAlignment!==T||r.labelRotationAlignment!==S||r.color!==w){var L,C;this.internals.nodeShapeMap&&this.internals.nodeGlobalShapeIds&&r.shape&&r.shape in this.internals.nodeShapeMap?C=this.internals.nodeGlobalShapeIds[this.internals.nodeShapeMap[r.shape]]:C=jn(r.shape||"circle"),(L=this.internals.nodeDataTexture).updateNode.apply(L,[n,r.x,r.y,r.size,C].concat(Q(pr(r)),[r.color]))}this.itemBuckets.nodes.set(n,r.depth),r.depth!==_&&this.updateNodeDepthRanges(n,_,r.depth);var E=this.nodeProgramIndex[n];return E!==void 0&&(this.addNodeToProgram(n,E),this.nodeProgram.invalidateBuffers()),r.zIndex!==x}},{key:"refreshEdgeState",value:function(n){var r=this.internals.edgeDataCache[n];if(!r||this.edgeReducer){var i=r?.depth,o=r?.zIndex;this.updateEdge(n);var s=this.internals.edgeDataCache[n];i&&s.depth!==i&&this.updateEdgeDepthRanges(n,i,s.depth);var l=this.edgeProgramIndex[n];return l!==void 0&&(this.addEdgeToProgram(n,l),this.edgeProgram.invalidateBuffers()),o!==void 0&&s.zIndex!==o}var u=this.internals.graph.getEdgeAttributes(n),d=this.stateManager.getEdgeState(n),h=r.depth,c=r.zIndex,f=r.size,g=r.path,p=r.selfLoopPath,v=r.parallelPath,m=r.head,y=r.tail;Qa(this.stylesDeclaration.edges,u,d,this.stateManager.graphState,this.internals.graph,r),this.postEvaluateEdge(r,u),this.applyEdgeSpread(n,r,d),Lt(this.internals.edgesWithForcedLabels,n,_t(r)),this.itemBuckets.edges.set(n,r.depth),r.depth!==h&&this.updateEdgeDepthRanges(n,h,r.depth);var _=this.edgeProgramIndex[n];if(_!==void 0){var x=r.size!==f||r.path!==g||r.selfLoopPath!==p||r.parallelPath!==v||r.head!==m||r.tail!==y;if(x)this.addEdgeToProgram(n,_),this.edgeProgram.invalidateBuffers();else{var b=this.internals.graph.source(n),T=this.internals.graph.target(n),S=this.internals.nodeDataCache[b],w=this.internals.nodeDataCache[T],k=this.edgeTextureIndexCache[n];this.edgeProgram.process(St(this.pickingState,"edge",n),_,S,w,r,k),this.edgeProgram.invalidateBuffers()}}return r.zIndex!==c}},{key:"refresh",value:function(n){var r=this,i=n?.skipIndexation!==void 0?n?.skipIndexation:!1,o=n?.schedule!==void 0?n.schedule:!1,s=!n||!n.partialGraph;if(s)this.clearEdgeIndices(),this.clearNodeIndices(),this.internals.graph.forEachNode(function(S){return r.addNode(S)}),this.edgeGroups.rebuild(),this.internals.graph.forEachEdge(function(S){return r.addEdge(S)}),this.pendingProcess="full";else{for(var l,u,d=((l=n.partialGraph)===null||l===void 0?void 0:l.nodes)||[],h=0,c=d?.length||0;h<c;h++){var f,g,p=""+d[h],v=(f=this.internals.nodeDataCache[p])===null||f===void 0?void 0:f.labelAttachment;if(this.updateNode(p),this.internals.attachmentManager&&((g=this.internals.nodeDataCache[p])!==null&&g!==void 0&&g.labelAttachment||v)&&this.internals.attachmentManager.invalidateNode(p),i){var m=this.nodeProgramIndex[p];if(m===void 0)throw new Error('Sigma: node "'.concat(p,`" can't be repaint`));this.addNodeToProgram(p,m)}}i&&d.length>0&&(this.nodeProgram.invalidateBuffers(),this.labelRenderer.labelsDirty=!0);for(var y=(n==null||(u=n.partialGraph)===null||u===void 0?void 0:u.edges)||[],_=0,x=y.length;_<x;_++){var b=""+y[_];if(this.updateEdge(b),i){var T=this.edgeProgramIndex[b];if(T===void 0)throw new Error('Sigma: edge "'.concat(b,`" can't be repaint`));this.addEdgeToProgram(b,T)}}i&&y.length>0&&(this.edgeProgram.invalidateBuffers(),this.labelRenderer.labelsDirty=!0),!i&&this.pendingProcess!=="full"&&(this.pendingProcess=y.length>0?"full":"nodes")}return o?this.scheduleRender():this.render(),this}},{key:"scheduleRender",value:function(){var n=this;return this.renderFrame||(this.renderFrame=requestAnimationFrame(function(){n.render()})),this}},{key:"scheduleRefresh",value:function(n){return this.refresh(H(H({},n),{},{schedule:!0}))}},{key:"getViewportZoomedState",value:function(n,r){var i=this.camera.getState(),o=i.ratio,s=i.angle,l=i.x,u=i.y,d=this.internals.settings,h=d.minCameraRatio,c=d.maxCameraRatio;typeof c=="number"&&(r=Math.min(r,c)),typeof h=="number"&&(r=Math.max(r,h));var f=r/o,g={x:this.width/2,y:this.height/2},p=this.viewportToFramedGraph(n),v=this.viewportToFramedGraph(g);return{angle:s,x:(p.x-v.x)*(1-f)+l,y:(p.y-v.y)*(1-f)+u,ratio:r}}},{key:"viewRectangle",value:function(){var n=this.viewportToFramedGraph({x:0,y:0}),r=this.viewportToFramedGraph({x:this.width,y:0}),i=this.viewportToFramedGraph({x:0,y:this.height});return{x1:n.x,y1:n.y,x2:r.x,y2:r.y,height:r.y-i.y}}},{key:"framedGraphToViewport",value:function(n){var r=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},i=!!r.cameraState||!!r.viewportDimensions||!!r.graphDimensions||!!r.padding,o=r.matrix||(i?xt(r.cameraState||this.camera.getState(),r.viewportDimensions||this.getDimensions(),r.graphDimensions||this.getGraphDimensions(),r.padding||this.getStagePadding()):this.matrix),s=vn(o,n);return{x:(1+s.x)*this.width/2,y:(1-s.y)*this.height/2}}},{key:"viewportToFramedGraph",value:function(n){var r=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{},i=!!r.cameraState||!!r.viewportDimensions||!!r.graphDimensions||!!r.padding,o=r.matrix||(i?xt(r.cameraState||this.camera.getState(),r.viewportDimensions||this.getDimensions(),r.graphDimensions||this.getGraphDimensions(),r.padding||this.getStagePadding(),!0):this.invMatrix),s=vn(o,{x:n.x/this.width*2-1,y:1-n.y/this.height*2});return isNaN(s.x)&&(s.x=0),isNaN(s.y)&&(s.y=0),s}},{key:"viewportToGraph",value:function(n){var r=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this.normalizationFunction.inverse(this.viewportToFramedGraph(n,r))}},{key:"graphToViewport",value:function(n){var r=arguments.length>1&&arguments[1]!==void 0?arguments[1]:{};return this.framedGraphToViewport(this.normalizationFunction(n),r)}},{key:"graphToFramedGraph",value:function(n){return this.normalizationFunction(n)}},{key:"framedGraphToGraph",value:function(n){return this.normalizationFunction.inverse(n)}},{key:"getGraphToViewportRatio",value:function(){var n={x:0,y:0},r={x:1,y:1},i=Math.sqrt(Math.pow(n.x-r.x,2)+Math.pow(n.y-r.y,2)),o=this.graphToViewport(n),s=this.graphToViewport(r),l=Math.sqrt(Math.pow(o.x-s.x,2)+Math.pow(o.y-s.y,2));return l/i}},{key:"computeNodeExtent",value:function(){var n=this.nodeGraphCoords,r=Object.keys(n);if(!r.length)return{x:[0,1],y:[0,1]};for(var i=1/0,o=-1/0,s=1/0,l=-1/0,u=0,d=r.length;u<d;u++){var h=n[r[u]],c=h.x,f=h.y;c<i&&(i=c),c>o&&(o=c),f<s&&(s=f),f>l&&(l=f)}return{x:[i,o],y:[s,l]}}},{key:"getBBox",value:function(){return this.nodeExtent}},{key:"getCustomBBox",value:function(){return this.customBBox}},{key:"setCustomBBox",value:function(n){return this.customBBox=n,this.scheduleRender(),this}},{key:"kill",value:function(){var n,r,i,o,s;this.emit("kill"),this.removeAllListeners(),this.camera.cancelAnimation(),this.unbindCameraHandlers(),window.removeEventListener("resize",this.activeListeners.handleResize),this.mouseCaptor.kill(),this.touchCaptor.kill(),this.internals.hoverResolver.kill(),this.unbindGraphHandlers(),this.clearIndices(),this.clearState(),this.internals.nodeDataCache={},this.internals.edgeDataCache={},this.renderFrame&&(cancelAnimationFrame(this.renderFrame),this.renderFrame=null);for(var l=this.container;l.firstChild;)l.removeChild(l.firstChild);this.nodeProgram.kill(),this.nodeFramePass.kill(),this.edgeProgram.kill(),this.edgeFramePass.kill(),this.internals.labelProgram.kill(),(n=this.internals.edgeLabelProgram)===null||n===void 0||n.kill(),(r=this.internals.edgeLabelBackgroundProgram)===null||r===void 0||r.kill(),this.internals.backdropProgram.kill(),this.internals.labelBackgroundProgram.kill(),(i=this.internals.attachmentProgram)===null||i===void 0||i.kill(),(o=this.internals.attachmentManager)===null||o===void 0||o.kill(),this.internals.attachmentProgram=null,this.internals.attachmentManager=null;var u=O(this.customLayerPrograms.values()),d;try{for(u.s();!(d=u.n()).done;){var h=d.value.program;h.kill()}}catch(g){u.e(g)}finally{u.f()}if(this.customLayerPrograms.clear(),this.sdfAtlas&&(this.sdfAtlas=null),this.internals.nodeDataTexture&&(this.internals.nodeDataTexture.kill(),this.internals.nodeDataTexture=null),this.internals.nodeFrameTexture&&(this.internals.nodeFrameTexture.kill(),this.internals.nodeFrameTexture=null),this.internals.edgeDataTexture&&(this.internals.edgeDataTexture.kill(),this.internals.edgeDataTexture=null),this.internals.edgeFrameTexture&&(this.internals.edgeFrameTexture.kill(),this.internals.edgeFrameTexture=null),this.webGLContext){var c;(c=this.webGLContext.getExtension("WEBGL_lose_context"))===null||c===void 0||c.loseContext(),this.webGLContext=null}(s=this.gestureHint)===null||s===void 0||s.kill(),this.gestureHint=null,this.mouseLayer.remove();for(var f in this.extraElements)this.extraElements[f].remove();this.extraElements={}}},{key:"scaleSize",value:function(){var n=arguments.length>0&&arguments[0]!==void 0?arguments[0]:1,r=arguments.length>1&&arguments[1]!==void 0?arguments[1]:this.camera.ratio;return n/this.internals.settings.zoomToSizeRatioFunction(r)*(this.getSetting("itemSizesReference")==="positions"?r*this.graphToViewportRatio:1)}},{key:"getStageCanvas",value:function(){return this.stageCanvas}},{key:"getMouseLayer",value:function(){return this.mouseLayer}}])})(Sa),af=rf;function Gi(a,t){return typeof a=="number"?a:(ae(a)==="object"&&a!==null&&"attribute"in a,t)}function of(a){var t=a??{},e=t.cornerRadius,n=t.rotation,r=Gi(e,0),i=Gi(n,0),o=`
`.concat(Sn,`
float sdf_square(vec2 uv, float size, float cornerRadius, float rotation) {
  // Apply rotation if needed
  vec2 p = uv;
  if (rotation != 0.0) {
    p = rotate2D(rotation) * p;
  }

  // Distance to box with given corner radius
  // Based on Inigo Quilez's box SDF: https://iquilezles.org/articles/distfunctions2d/
  vec2 d = abs(p) - vec2(size - cornerRadius);
  return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0) - cornerRadius;
}
`);return{name:"square",glsl:o,uniforms:[{name:"u_cornerRadius",type:"float",value:r},{name:"u_rotation",type:"float",value:i}],inradiusFactor:Math.SQRT1_2}}function zi(a,t){return typeof a=="number"?a:(ae(a)==="object"&&a!==null&&"attribute"in a,t)}function sf(a){var t=a??{},e=t.cornerRadius,n=t.rotation,r=zi(e,0),i=zi(n,0),o=`
`.concat(Sn,`
float sdf_triangle(vec2 uv, float size, float cornerRadius, float rotation) {
  // Apply rotation if needed
  vec2 p = uv;
  if (rotation != 0.0) {
    p = rotate2D(rotation) * p;
  }

  // Equilateral triangle SDF
  // Based on Inigo Quilez's triangle SDF: https://iquilezles.org/articles/distfunctions2d/
  //
  // The IQ formula uses parameter 'r' where the triangle has width = 2r.
  // For circumradius R (distance from centroid to vertex):
  //   R = r * 2 / sqrt(3), so r = R * sqrt(3) / 2
  const float k = sqrt(3.0);
  float r = size * k / 2.0;

  p.x = abs(p.x) - r;
  p.y = p.y + r / k;
  if (p.x + k * p.y > 0.0) {
    p = vec2(p.x - k * p.y, -k * p.x - p.y) / 2.0;
  }
  p.x -= clamp(p.x, -2.0 * r, 0.0);
  float dist = -length(p) * sign(p.y);

  // Apply corner radius if specified
  if (cornerRadius > 0.0) {
    dist = dist + cornerRadius;
  }

  return dist;
}
`);return{name:"triangle",glsl:o,uniforms:[{name:"u_cornerRadius",type:"float",value:r},{name:"u_rotation",type:"float",value:i}],inradiusFactor:.5}}function Mi(a,t){return typeof a=="number"?a:(ae(a)==="object"&&a!==null&&"attribute"in a,t)}function lf(a){var t=a??{},e=t.cornerRadius,n=t.rotation,r=Mi(e,0),i=Mi(n,0),o=`
`.concat(Sn,`
float sdf_diamond(vec2 uv, float size, float cornerRadius, float rotation) {
  // Apply rotation if needed
  vec2 p = uv;
  if (rotation != 0.0) {
    p = rotate2D(rotation) * p;
  }

  // Diamond SDF - using rhombus formula from Inigo Quilez
  // https://iquilezles.org/articles/distfunctions2d/
  // For a diamond (square rotated 45°), b = (size, size)
  vec2 b = vec2(size, -size);
  p = abs(p);
  float h = clamp((dot(b, p) + b.y * b.y) / dot(b, b), 0.0, 1.0);
  p -= b * vec2(h, h - 1.0);
  float d = length(p) * sign(p.x);

  // Apply corner radius if specified
  if (cornerRadius > 0.0) {
    d = d + cornerRadius;
  }

  return d;
}
`);return{name:"diamond",glsl:o,uniforms:[{name:"u_cornerRadius",type:"float",value:r},{name:"u_rotation",type:"float",value:i}],inradiusFactor:Math.SQRT1_2}}function uf(a){var t=a??{},e=t.aspectRatio,n=e===void 0?{attribute:"aspectRatio"}:e,r=t.cornerRadius,i=t.rotation,o=`
`.concat(Sn,`
float sdf_rectangle(vec2 uv, float size, float cornerRadius, float rotation, float aspectRatio) {
  // Apply rotation if needed
  vec2 p = uv;
  if (rotation != 0.0) {
    p = rotate2D(rotation) * p;
  }

  vec2 halfExtent = aspectRatio >= 1.0 ? vec2(size, size / aspectRatio) : vec2(size * aspectRatio, size);
  // Keeps thin rectangles from growing past their half extent
  float radius = min(cornerRadius, min(halfExtent.x, halfExtent.y));

  // Based on Inigo Quilez's box SDF: https://iquilezles.org/articles/distfunctions2d/
  vec2 d = abs(p) - (halfExtent - radius);
  return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0) - radius;
}
`),s=[{name:"u_cornerRadius",type:"float",value:typeof r=="number"?r:0},{name:"u_rotation",type:"float",value:typeof i=="number"?i:0}],l=function(f){return"0.70710678 / max(".concat(f,", 1.0 / ").concat(f,")")};if(!rt(n))return{name:"rectangle",glsl:o,uniforms:[].concat(s,[{name:"u_aspectRatio",type:"float",value:n}]),inradiusFactor:Math.SQRT1_2,inradiusFactorGLSL:l(fe(n))};var u=n.attribute,d=n.default,h=d===void 0?1:d;return{name:"rectangle",glsl:o,uniforms:s,attributes:[{name:"aspectRatio",size:1,type:WebGL2RenderingContext.FLOAT,source:u}],variables:I({},u,{type:"number",default:h}),inradiusFactor:Math.SQRT1_2,inradiusFactorGLSL:l("v_aspectRatio")}}function df(a){var t={},e=t.lengthRatio,n=e===void 0?5:e,r=t.widthRatio,i=r===void 0?4:r,o=t.margin,s=o===void 0?0:o,l=`
// Arrow SDF: triangle with base at x=0, tip at x=lengthRatio
// uv.x: 0 (base) to lengthRatio (tip), uv.y: [-halfW, +halfW]
// Returns signed distance (negative inside, positive outside)
float extremity_arrow(vec2 uv, float lengthRatio, float widthRatio) {
  float x = uv.x;
  float y = abs(uv.y);
  float halfW = widthRatio * 0.5;

  // Past the tip: euclidean distance to tip point
  if (x > lengthRatio) {
    return length(vec2(x - lengthRatio, y));
  }

  // Back edge: signed distance to x=0 line
  float backDist = -x;

  // Side edge: signed distance to sloped triangle edge
  float clampedX = max(0.0, x);
  float maxY = halfW * (1.0 - clampedX / lengthRatio);
  float sideDist = y - maxY;

  // Convex shape SDF = max of half-plane distances
  return max(backDist, sideDist);
}
`;return{name:"arrow",glsl:l,length:n,widthFactor:i,margin:s,uniforms:[],attributes:[]}}const Re=["Trader","Declaration","Passenger","Booking","Flight","Document","Phone","Email","Address","PaymentCard","Agency","Seizure","Office","Country","Airport"],Ee=["IMPORTED","DECLARED_BY","SOLD_BY","CARRIED_BY","LODGED_AT","ORIGINATES_IN","SHIPPED_FROM","BOOKED","TRAVELLED_ON","RESERVES","BOOKED_VIA","HOLDS_DOCUMENT","USES_PHONE","USES_EMAIL","LOCATED_AT","PAID_WITH","INVOLVED_IN","SEIZED_AT","DEPARTS","ARRIVES","NATIONAL_OF","TRAVELS_WITH"],hf=["Declaration","Booking","Flight","Seizure"],cf={Trader:{shape:"square",color:"#1f77b4",glyph:"TR"},Declaration:{shape:"diamond",color:"#9467bd",glyph:"DE"},Passenger:{shape:"circle",color:"#2ca02c",glyph:"PX"},Booking:{shape:"triangle",color:"#ff7f0e",glyph:"PNR"},Flight:{shape:"triangle",color:"#8c564b",glyph:"FL"},Document:{shape:"rectangle",color:"#7f7f7f",glyph:"DOC"},Phone:{shape:"circle",color:"#17becf",glyph:"TEL"},Email:{shape:"circle",color:"#bcbd22",glyph:"@"},Address:{shape:"square",color:"#e377c2",glyph:"ADR"},PaymentCard:{shape:"rectangle",color:"#393b79",glyph:"CARD"},Agency:{shape:"square",color:"#637939",glyph:"AG"},Seizure:{shape:"diamond",color:"#222222",glyph:"SZ"},Office:{shape:"rectangle",color:"#8c6d31",glyph:"OFF"},Country:{shape:"rectangle",color:"#9e9e9e",glyph:"CC"},Airport:{shape:"triangle",color:"#6b6ecf",glyph:"APT"},Group:{shape:"square",color:"#444444",glyph:"GRP"}};function Ne(a){return cf[a]||{shape:"circle",color:"#888888",glyph:"?"}}const Bi=["#4e79a7","#f28e2b","#59a14f","#b07aa1","#76b7b2","#edc948","#9c755f","#1b9e77","#7570b3","#e7298a","#66a61e","#a6761d","#1f78b4","#b2df8a","#6a3d9a","#8dd3c7","#fdb462","#80b1d3","#bc80bd","#ccebc5"],As="#b8b8b8";function ff(a){if(a==null||Number.isNaN(a))return As;const t=Math.abs(Math.trunc(a));return Bi[t*2654435761%4294967296%Bi.length]}function gf(a){if(a==null)return As;const t=Math.max(0,Math.min(1,a)),e=[189,189,189],n=[253,174,97],r=[215,25,28],[i,o,s]=t<.5?[e,n,t*2]:[n,r,(t-.5)*2],l=u=>Math.round(i[u]+(o[u]-i[u])*s).toString(16).padStart(2,"0");return`#${l(0)}${l(1)}${l(2)}`}const Fa="#e00000",Ds="#ff8c00",pf="#333333",Oi="#d81b60",mf=.6,$i=["NATIONAL_OF","LODGED_AT","ORIGINATES_IN","SHIPPED_FROM","SEIZED_AT","DEPARTS","ARRIVES"],vf=["Trader","Passenger"];function Wi(a){return a==="parties"?vf:a?[a]:null}function yf(a,t){return a==="parties"&&!!t&&t.code==="forbidden"}function bf(){return{colorBy:"community",sizeBy:"pagerank",highRisk:mf}}function xf(a,t){return{kinds:new Set(a),rels:new Set(t),since:null,until:null}}function _f(a){let t=0,e=0;return a.forEachNode((n,r)=>{r.pagerank>t&&(t=r.pagerank),r.degree>e&&(e=r.degree)}),{maxPagerank:t,maxDegree:e}}function Cs(a,t){return!a.knownSmuggler&&a.networkRisk!==null&&a.networkRisk!==void 0&&a.networkRisk>=t.highRisk}function Ls(a,t){if(a.isGroup)return Ne("Group").color;switch(t.colorBy){case"kind":return Ne(a.kind).color;case"risk":return gf(a.knownSmuggler?1:a.networkRisk);default:return ff(a.communityId)}}const Tr=4,Sf=20;function Ps(a,t,e){if(a.isGroup)return 10+Math.min(12,Math.sqrt((a.members||[]).length)*2);let n=null;switch(t.sizeBy){case"networkRisk":n=a.networkRisk;break;case"degree":n=e.maxDegree?(a.degree||0)/e.maxDegree:null;break;case"uniform":n=.3;break;default:n=e.maxPagerank?(a.pagerank||0)/e.maxPagerank:null}let r=n==null?Tr+2:Tr+(Sf-Tr)*Math.sqrt(Math.max(0,Math.min(1,n)));return a.knownSmuggler&&(r=Math.max(r,12)),r}function Tf(a,t){return a.knownSmuggler?Fa:a.isGroup?pf:Cs(a,t)?Ds:"rgba(0,0,0,0)"}function Is(a,t){return a==null?!0:!(t.since!==null&&a<t.since||t.until!==null&&a>t.until)}function dt(a,t){return!a||a.userHidden||a.groupId?!1:a.isGroup?!0:t.kinds.has(a.kind)?Is(a.t,t):!1}function Na(a,t,e){return!t.rels.has(a.kind)||!Is(a.t,t)?!1:dt(e.getNodeAttributes(a.from),t)&&dt(e.getNodeAttributes(a.to),t)}const Ef=5121;function wf(){return{name:"ring",uniforms:[],attributes:[{name:"ringColor",size:4,type:Ef,normalized:!0,source:"ringColor",defaultValue:"rgba(0,0,0,0)"}],glsl:`
vec4 layer_ring(vec4 v_ringColor) {
  if (v_ringColor.a <= 0.0) return vec4(0.0);
  float w = max(0.30 * context.shapeHalfSize, 2.5 * context.pixelToUV);
  float gap = max(0.10 * context.shapeHalfSize, 1.0 * context.pixelToUV);
  float aa = context.aaWidth;
  float ring = smoothstep(-w - aa, -w + aa, context.sdf);
  float white = smoothstep(-w - gap - aa, -w - gap + aa, context.sdf) * (1.0 - ring);
  vec4 c = vec4(1.0, 1.0, 1.0, white);
  return vec4(mix(c.rgb, v_ringColor.rgb, ring), max(white, ring * v_ringColor.a));
}
`}}function kf(a,t,e){const n=i=>dt(i,e.filters);return new af(a,t,{customNodeState:{isSelected:!1,isPath:!1},customEdgeState:{isPath:!1},customGraphState:{hasPath:!1,manySelected:!1},primitives:{depthLayers:["edges","nodes","topEdges","topNodes"],nodes:{shapes:[jo(),of({cornerRadius:.1}),sf({cornerRadius:.1}),lf({cornerRadius:.05}),uf({aspectRatio:1.6})],layers:[Ko(),wf()],variables:{ringColor:{type:"color",default:"rgba(0,0,0,0)"}},label:{font:{family:"sans-serif",size:13},color:"#222"}},edges:{paths:[Xo()],extremities:[df()],layers:[Xt()]}},styles:{nodes:[{x:{attribute:"x"},y:{attribute:"y"},shape:i=>Ne(i.kind).shape,color:i=>Ls(i,e.view),size:i=>Ps(i,e.view,e.stats),ringColor:i=>Tf(i,e.view),label:i=>i.label||"",labelFont:i=>i.knownSmuggler||i.isGroup?"bold sans-serif":"sans-serif",labelColor:i=>i.knownSmuggler?"#b00000":"#222222",labelSize:i=>i.knownSmuggler?15:13,labelVisibility:i=>i.knownSmuggler||i.centre||i.isGroup?"visible":"auto",visibility:i=>n(i)?"visible":"hidden",depth:i=>i.knownSmuggler?"topNodes":"nodes",zIndex:i=>i.knownSmuggler?2:0,cursor:"pointer"},{whenState:"isHovered",then:{label:i=>`${Ne(i.kind).glyph} · ${i.label||""}`,labelVisibility:"visible",depth:"topNodes",backdropVisibility:"visible",backdropColor:"#ffffff",backdropShadowColor:"rgba(0,0,0,0.35)",backdropShadowBlur:8,backdropPadding:4}},{when:(i,o,s)=>s.hasPath&&!o.isPath&&!o.isSelected,then:{opacity:.25,labelVisibility:"hidden"}},{whenState:"isPath",then:{labelVisibility:"visible",depth:"topNodes"}},{when:(i,o,s)=>o.isSelected&&!s.manySelected,then:{labelVisibility:"visible",depth:"topNodes",backdropVisibility:"visible",backdropColor:"#fff7c2",backdropBorderColor:"#111111",backdropBorderWidth:2,backdropPadding:5,backdropShadowColor:"rgba(0,0,0,0.4)",backdropShadowBlur:6}},{when:(i,o,s)=>s.manySelected&&!o.isSelected&&!o.isHovered,then:{opacity:.3,labelVisibility:"hidden"}},{when:(i,o,s)=>s.manySelected&&o.isSelected,then:{depth:"topNodes"}}],edges:[{size:i=>i.grouped?Math.min(6,1+Math.log2(i.grouped)):1,color:"#b9bec7",head:()=>e.perf&&e.perf.arrows===!1?"none":"arrow",visibility:i=>Na(i,e.filters,a)?"visible":"hidden",depth:"edges"},{whenState:"isHovered",then:{color:"#555b66",label:{attribute:"kind"},labelVisibility:"visible",depth:"topEdges"}},{when:(i,o,s)=>s.hasPath&&!o.isPath,then:{opacity:.2}},{whenState:"isPath",then:{color:Oi,size:4,depth:"topEdges",label:{attribute:"kind"},labelVisibility:"visible",labelColor:Oi}}],stage:{background:"#fbfbfc"}},settings:{itemSizesReference:"screen",renderEdgeLabels:!0,enableEdgeEvents:!0,enableNodeDrag:!0,hideEdgesOnMove:!1,labelDensity:.6,labelRenderedSizeThreshold:9,stagePadding:40,minCameraRatio:.02,maxCameraRatio:20,gestureTarget:"graph"}})}var sn={},Ui;function Rf(){if(Ui)return sn;Ui=1;function a(n){return typeof n!="number"||isNaN(n)?1:n}function t(n,r){var i={},o=function(u){return typeof u>"u"?r:u};typeof r=="function"&&(o=r);var s=function(u){return o(u[n])},l=function(){return o(void 0)};return typeof n=="string"?(i.fromAttributes=s,i.fromGraph=function(u,d){return s(u.getNodeAttributes(d))},i.fromEntry=function(u,d){return s(d)}):typeof n=="function"?(i.fromAttributes=function(){throw new Error("graphology-utils/getters/createNodeValueGetter: irrelevant usage.")},i.fromGraph=function(u,d){return o(n(d,u.getNodeAttributes(d)))},i.fromEntry=function(u,d){return o(n(u,d))}):(i.fromAttributes=l,i.fromGraph=l,i.fromEntry=l),i}function e(n,r){var i={},o=function(u){return typeof u>"u"?r:u};typeof r=="function"&&(o=r);var s=function(u){return o(u[n])},l=function(){return o(void 0)};return typeof n=="string"?(i.fromAttributes=s,i.fromGraph=function(u,d){return s(u.getEdgeAttributes(d))},i.fromEntry=function(u,d){return s(d)},i.fromPartialEntry=i.fromEntry,i.fromMinimalEntry=i.fromEntry):typeof n=="function"?(i.fromAttributes=function(){throw new Error("graphology-utils/getters/createEdgeValueGetter: irrelevant usage.")},i.fromGraph=function(u,d){var h=u.extremities(d);return o(n(d,u.getEdgeAttributes(d),h[0],h[1],u.getNodeAttributes(h[0]),u.getNodeAttributes(h[1]),u.isUndirected(d)))},i.fromEntry=function(u,d,h,c,f,g,p){return o(n(u,d,h,c,f,g,p))},i.fromPartialEntry=function(u,d,h,c){return o(n(u,d,h,c))},i.fromMinimalEntry=function(u,d){return o(n(u,d))}):(i.fromAttributes=l,i.fromGraph=l,i.fromEntry=l,i.fromMinimalEntry=l),i}return sn.createNodeValueGetter=t,sn.createEdgeValueGetter=e,sn.createEdgeWeightGetter=function(n){return e(n,a)},sn}var Er,Hi;function Af(){if(Hi)return Er;Hi=1;var a=0,t=1,e=2,n=3,r=4,i=5,o=6,s=7,l=8,u=9,d=0,h=1,c=2,f=0,g=1,p=2,v=3,m=4,y=5,_=6,x=7,b=8,T=3,S=10,w=3,k=9,A=10;return Er=function(C,E,G){var z,P,D,F,N,M,q,W,$,K,j=E.length,ce=G.length,ie=C.adjustSizes,ue=C.barnesHutTheta*C.barnesHutTheta,de,te,ee,J,se,Y,X,B=[];for(D=0;D<j;D+=S)E[D+r]=E[D+e],E[D+i]=E[D+n],E[D+e]=0,E[D+n]=0;if(C.outboundAttractionDistribution){for(de=0,D=0;D<j;D+=S)de+=E[D+o];de/=j/S}if(C.barnesHutOptimize){var Ge=1/0,Le=-1/0,ze=1/0,ye=-1/0,xe,Ue,tt;for(D=0;D<j;D+=S)Ge=Math.min(Ge,E[D+a]),Le=Math.max(Le,E[D+a]),ze=Math.min(ze,E[D+t]),ye=Math.max(ye,E[D+t]);var gt=Le-Ge,wn=ye-ze;for(gt>wn?(ze-=(gt-wn)/2,ye=ze+gt):(Ge-=(wn-gt)/2,Le=Ge+wn),B[0+f]=-1,B[0+g]=(Ge+Le)/2,B[0+p]=(ze+ye)/2,B[0+v]=Math.max(Le-Ge,ye-ze),B[0+m]=-1,B[0+y]=-1,B[0+_]=0,B[0+x]=0,B[0+b]=0,z=1,D=0;D<j;D+=S)for(P=0,tt=T;;)if(B[P+y]>=0){E[D+a]<B[P+g]?E[D+t]<B[P+p]?xe=B[P+y]:xe=B[P+y]+k:E[D+t]<B[P+p]?xe=B[P+y]+k*2:xe=B[P+y]+k*3,B[P+x]=(B[P+x]*B[P+_]+E[D+a]*E[D+o])/(B[P+_]+E[D+o]),B[P+b]=(B[P+b]*B[P+_]+E[D+t]*E[D+o])/(B[P+_]+E[D+o]),B[P+_]+=E[D+o],P=xe;continue}else if(B[P+f]<0){B[P+f]=D;break}else{if(B[P+y]=z*k,W=B[P+v]/2,$=B[P+y],B[$+f]=-1,B[$+g]=B[P+g]-W,B[$+p]=B[P+p]-W,B[$+v]=W,B[$+m]=$+k,B[$+y]=-1,B[$+_]=0,B[$+x]=0,B[$+b]=0,$+=k,B[$+f]=-1,B[$+g]=B[P+g]-W,B[$+p]=B[P+p]+W,B[$+v]=W,B[$+m]=$+k,B[$+y]=-1,B[$+_]=0,B[$+x]=0,B[$+b]=0,$+=k,B[$+f]=-1,B[$+g]=B[P+g]+W,B[$+p]=B[P+p]-W,B[$+v]=W,B[$+m]=$+k,B[$+y]=-1,B[$+_]=0,B[$+x]=0,B[$+b]=0,$+=k,B[$+f]=-1,B[$+g]=B[P+g]+W,B[$+p]=B[P+p]+W,B[$+v]=W,B[$+m]=B[P+m],B[$+y]=-1,B[$+_]=0,B[$+x]=0,B[$+b]=0,z+=4,E[B[P+f]+a]<B[P+g]?E[B[P+f]+t]<B[P+p]?xe=B[P+y]:xe=B[P+y]+k:E[B[P+f]+t]<B[P+p]?xe=B[P+y]+k*2:xe=B[P+y]+k*3,B[P+_]=E[B[P+f]+o],B[P+x]=E[B[P+f]+a],B[P+b]=E[B[P+f]+t],B[xe+f]=B[P+f],B[P+f]=-1,E[D+a]<B[P+g]?E[D+t]<B[P+p]?Ue=B[P+y]:Ue=B[P+y]+k:E[D+t]<B[P+p]?Ue=B[P+y]+k*2:Ue=B[P+y]+k*3,xe===Ue)if(tt--){P=xe;continue}else{tt=T;break}B[Ue+f]=D;break}}if(C.barnesHutOptimize)for(te=C.scalingRatio,D=0;D<j;D+=S)for(P=0;;)if(B[P+y]>=0)if(Y=Math.pow(E[D+a]-B[P+x],2)+Math.pow(E[D+t]-B[P+b],2),K=B[P+v],4*K*K/Y<ue){if(ee=E[D+a]-B[P+x],J=E[D+t]-B[P+b],ie===!0?Y>0?(X=te*E[D+o]*B[P+_]/Y,E[D+e]+=ee*X,E[D+n]+=J*X):Y<0&&(X=-te*E[D+o]*B[P+_]/Math.sqrt(Y),E[D+e]+=ee*X,E[D+n]+=J*X):Y>0&&(X=te*E[D+o]*B[P+_]/Y,E[D+e]+=ee*X,E[D+n]+=J*X),P=B[P+m],P<0)break;continue}else{P=B[P+y];continue}else{if(M=B[P+f],M>=0&&M!==D&&(ee=E[D+a]-E[M+a],J=E[D+t]-E[M+t],Y=ee*ee+J*J,ie===!0?Y>0?(X=te*E[D+o]*E[M+o]/Y,E[D+e]+=ee*X,E[D+n]+=J*X):Y<0&&(X=-te*E[D+o]*E[M+o]/Math.sqrt(Y),E[D+e]+=ee*X,E[D+n]+=J*X):Y>0&&(X=te*E[D+o]*E[M+o]/Y,E[D+e]+=ee*X,E[D+n]+=J*X)),P=B[P+m],P<0)break;continue}else for(te=C.scalingRatio,F=0;F<j;F+=S)for(N=0;N<F;N+=S)ee=E[F+a]-E[N+a],J=E[F+t]-E[N+t],ie===!0?(Y=Math.sqrt(ee*ee+J*J)-E[F+l]-E[N+l],Y>0?(X=te*E[F+o]*E[N+o]/Y/Y,E[F+e]+=ee*X,E[F+n]+=J*X,E[N+e]-=ee*X,E[N+n]-=J*X):Y<0&&(X=100*te*E[F+o]*E[N+o],E[F+e]+=ee*X,E[F+n]+=J*X,E[N+e]-=ee*X,E[N+n]-=J*X)):(Y=Math.sqrt(ee*ee+J*J),Y>0&&(X=te*E[F+o]*E[N+o]/Y/Y,E[F+e]+=ee*X,E[F+n]+=J*X,E[N+e]-=ee*X,E[N+n]-=J*X));for($=C.gravity/C.scalingRatio,te=C.scalingRatio,D=0;D<j;D+=S)X=0,ee=E[D+a],J=E[D+t],Y=Math.sqrt(Math.pow(ee,2)+Math.pow(J,2)),C.strongGravityMode?Y>0&&(X=te*E[D+o]*$):Y>0&&(X=te*E[D+o]*$/Y),E[D+e]-=ee*X,E[D+n]-=J*X;for(te=1*(C.outboundAttractionDistribution?de:1),q=0;q<ce;q+=w)F=G[q+d],N=G[q+h],W=G[q+c],se=Math.pow(W,C.edgeWeightInfluence),ee=E[F+a]-E[N+a],J=E[F+t]-E[N+t],ie===!0?(Y=Math.sqrt(ee*ee+J*J)-E[F+l]-E[N+l],C.linLogMode?C.outboundAttractionDistribution?Y>0&&(X=-te*se*Math.log(1+Y)/Y/E[F+o]):Y>0&&(X=-te*se*Math.log(1+Y)/Y):C.outboundAttractionDistribution?Y>0&&(X=-te*se/E[F+o]):Y>0&&(X=-te*se)):(Y=Math.sqrt(Math.pow(ee,2)+Math.pow(J,2)),C.linLogMode?C.outboundAttractionDistribution?Y>0&&(X=-te*se*Math.log(1+Y)/Y/E[F+o]):Y>0&&(X=-te*se*Math.log(1+Y)/Y):C.outboundAttractionDistribution?(Y=1,X=-te*se/E[F+o]):(Y=1,X=-te*se)),Y>0&&(E[F+e]+=ee*X,E[F+n]+=J*X,E[N+e]-=ee*X,E[N+n]-=J*X);var kn,Qt,Rn,pt,An,Dn;if(ie===!0)for(D=0;D<j;D+=S)E[D+u]!==1&&(kn=Math.sqrt(Math.pow(E[D+e],2)+Math.pow(E[D+n],2)),kn>A&&(E[D+e]=E[D+e]*A/kn,E[D+n]=E[D+n]*A/kn),Qt=E[D+o]*Math.sqrt((E[D+r]-E[D+e])*(E[D+r]-E[D+e])+(E[D+i]-E[D+n])*(E[D+i]-E[D+n])),Rn=Math.sqrt((E[D+r]+E[D+e])*(E[D+r]+E[D+e])+(E[D+i]+E[D+n])*(E[D+i]+E[D+n]))/2,pt=.1*Math.log(1+Rn)/(1+Math.sqrt(Qt)),An=E[D+a]+E[D+e]*(pt/C.slowDown),E[D+a]=An,Dn=E[D+t]+E[D+n]*(pt/C.slowDown),E[D+t]=Dn);else for(D=0;D<j;D+=S)E[D+u]!==1&&(Qt=E[D+o]*Math.sqrt((E[D+r]-E[D+e])*(E[D+r]-E[D+e])+(E[D+i]-E[D+n])*(E[D+i]-E[D+n])),Rn=Math.sqrt((E[D+r]+E[D+e])*(E[D+r]+E[D+e])+(E[D+i]+E[D+n])*(E[D+i]+E[D+n]))/2,pt=E[D+s]*Math.log(1+Rn)/(1+Math.sqrt(Qt)),E[D+s]=Math.min(1,Math.sqrt(pt*(Math.pow(E[D+e],2)+Math.pow(E[D+n],2))/(1+Math.sqrt(Qt)))),An=E[D+a]+E[D+e]*(pt/C.slowDown),E[D+a]=An,Dn=E[D+t]+E[D+n]*(pt/C.slowDown),E[D+t]=Dn);return{}},Er}var nt={},qi;function Df(){if(qi)return nt;qi=1;var a=10,t=3;return nt.assign=function(e){e=e||{};var n=Array.prototype.slice.call(arguments).slice(1),r,i,o;for(r=0,o=n.length;r<o;r++)if(n[r])for(i in n[r])e[i]=n[r][i];return e},nt.validateSettings=function(e){return"linLogMode"in e&&typeof e.linLogMode!="boolean"?{message:"the `linLogMode` setting should be a boolean."}:"outboundAttractionDistribution"in e&&typeof e.outboundAttractionDistribution!="boolean"?{message:"the `outboundAttractionDistribution` setting should be a boolean."}:"adjustSizes"in e&&typeof e.adjustSizes!="boolean"?{message:"the `adjustSizes` setting should be a boolean."}:"edgeWeightInfluence"in e&&typeof e.edgeWeightInfluence!="number"?{message:"the `edgeWeightInfluence` setting should be a number."}:"scalingRatio"in e&&!(typeof e.scalingRatio=="number"&&e.scalingRatio>=0)?{message:"the `scalingRatio` setting should be a number >= 0."}:"strongGravityMode"in e&&typeof e.strongGravityMode!="boolean"?{message:"the `strongGravityMode` setting should be a boolean."}:"gravity"in e&&!(typeof e.gravity=="number"&&e.gravity>=0)?{message:"the `gravity` setting should be a number >= 0."}:"slowDown"in e&&!(typeof e.slowDown=="number"||e.slowDown>=0)?{message:"the `slowDown` setting should be a number >= 0."}:"barnesHutOptimize"in e&&typeof e.barnesHutOptimize!="boolean"?{message:"the `barnesHutOptimize` setting should be a boolean."}:"barnesHutTheta"in e&&!(typeof e.barnesHutTheta=="number"&&e.barnesHutTheta>=0)?{message:"the `barnesHutTheta` setting should be a number >= 0."}:null},nt.graphToByteArrays=function(e,n){var r=e.order,i=e.size,o={},s,l=new Float32Array(r*a),u=new Float32Array(i*t);return s=0,e.forEachNode(function(d,h){o[d]=s,l[s]=h.x,l[s+1]=h.y,l[s+2]=0,l[s+3]=0,l[s+4]=0,l[s+5]=0,l[s+6]=1,l[s+7]=1,l[s+8]=h.size||1,l[s+9]=h.fixed?1:0,s+=a}),s=0,e.forEachEdge(function(d,h,c,f,g,p,v){var m=o[c],y=o[f],_=n(d,h,c,f,g,p,v);l[m+6]+=_,l[y+6]+=_,u[s]=m,u[s+1]=y,u[s+2]=_,s+=t}),{nodes:l,edges:u}},nt.assignLayoutChanges=function(e,n,r){var i=0;e.updateEachNodeAttributes(function(o,s){return s.x=n[i],s.y=n[i+1],i+=a,r?r(o,s):s})},nt.readGraphPositions=function(e,n){var r=0;e.forEachNode(function(i,o){n[r]=o.x,n[r+1]=o.y,r+=a})},nt.collectLayoutChanges=function(e,n,r){for(var i=e.nodes(),o={},s=0,l=0,u=n.length;s<u;s+=a){if(r){var d=Object.assign({},e.getNodeAttributes(i[l]));d.x=n[s],d.y=n[s+1],d=r(i[l],d),o[i[l]]={x:d.x,y:d.y}}else o[i[l]]={x:n[s],y:n[s+1]};l++}return o},nt.createWorker=function(n){var r=window.URL||window.webkitURL,i=n.toString(),o=r.createObjectURL(new Blob(["("+i+").call(this);"],{type:"text/javascript"})),s=new Worker(o);return r.revokeObjectURL(o),s},nt}var wr,Vi;function Fs(){return Vi||(Vi=1,wr={linLogMode:!1,outboundAttractionDistribution:!1,adjustSizes:!1,edgeWeightInfluence:1,scalingRatio:1,strongGravityMode:!1,gravity:1,slowDown:1,barnesHutOptimize:!1,barnesHutTheta:.5}),wr}var kr,ji;function Cf(){if(ji)return kr;ji=1;var a=wt(),t=Rf().createEdgeWeightGetter,e=Af(),n=Df(),r=Fs();function i(l,u,d){if(!a(u))throw new Error("graphology-layout-forceatlas2: the given graph is not a valid graphology instance.");typeof d=="number"&&(d={iterations:d});var h=d.iterations;if(typeof h!="number")throw new Error("graphology-layout-forceatlas2: invalid number of iterations.");if(h<=0)throw new Error("graphology-layout-forceatlas2: you should provide a positive number of iterations.");var c=t("getEdgeWeight"in d?d.getEdgeWeight:"weight").fromEntry,f=typeof d.outputReducer=="function"?d.outputReducer:null,g=n.assign({},r,d.settings),p=n.validateSettings(g);if(p)throw new Error("graphology-layout-forceatlas2: "+p.message);var v=n.graphToByteArrays(u,c),m;for(m=0;m<h;m++)e(g,v.nodes,v.edges);if(l){n.assignLayoutChanges(u,v.nodes,f);return}return n.collectLayoutChanges(u,v.nodes)}function o(l){var u=typeof l=="number"?l:l.order;return{barnesHutOptimize:u>2e3,strongGravityMode:!0,gravity:.05,scalingRatio:10,slowDown:1+Math.log(u)}}var s=i.bind(null,!1);return s.assign=i.bind(null,!0),s.inferSettings=o,kr=s,kr}var Lf=Cf();const Ns=Jn(Lf);var Pf=Fs();const If=Jn(Pf);var Nt={},Rr,Ki;function sr(){if(Ki)return Rr;Ki=1;function a(e){return!e||typeof e!="object"||typeof e=="function"||Array.isArray(e)||e instanceof Set||e instanceof Map||e instanceof RegExp||e instanceof Date}function t(e,n){e=e||{};var r={};for(var i in n){var o=e[i],s=n[i];if(!a(s)){r[i]=t(o,s);continue}o===void 0?r[i]=s:r[i]=o}return r}return Rr=t,Rr}var Ar,Xi;function Ff(){if(Xi)return Ar;Xi=1;function a(e){return function(n,r){return n+Math.floor(e()*(r-n+1))}}var t=a(Math.random);return t.createRandom=a,Ar=t,Ar}var Dr,Yi;function Nf(){if(Yi)return Dr;Yi=1;var a=Ff().createRandom;function t(n){var r=a(n);return function(i){for(var o=i.length,s=o-1,l=-1;++l<o;){var u=r(l,s),d=i[u];i[u]=i[l],i[l]=d}}}var e=t(Math.random);return e.createShuffleInPlace=t,Dr=e,Dr}var Cr,Zi;function Gf(){if(Zi)return Cr;Zi=1;var a=sr(),t=wt(),e=Nf(),n={attributes:{x:"x",y:"y"},center:0,hierarchyAttributes:[],rng:Math.random,scale:1};function r(S,w,k,A,L){this.wrappedCircle=L||null,this.children={},this.countChildren=0,this.id=S||null,this.next=null,this.previous=null,this.x=w||null,this.y=k||null,L?this.r=1010101:this.r=A||999}r.prototype.hasChildren=function(){return this.countChildren>0},r.prototype.addChild=function(S,w){this.children[S]=w,++this.countChildren},r.prototype.getChild=function(S){if(!this.children.hasOwnProperty(S)){var w=new r;this.children[S]=w,++this.countChildren}return this.children[S]},r.prototype.applyPositionToChildren=function(){if(this.hasChildren()){var S=this;for(var w in S.children){var k=S.children[w];k.x+=S.x,k.y+=S.y,k.applyPositionToChildren()}}};function i(S,w,k){for(var A in w.children){var L=w.children[A];L.hasChildren()?i(S,L,k):k[L.id]={x:L.x,y:L.y}}}function o(S,w){var k=S.r-w.r,A=w.x-S.x,L=w.y-S.y;return k<0||k*k<A*A+L*L}function s(S,w){var k=S.r-w.r+1e-6,A=w.x-S.x,L=w.y-S.y;return k>0&&k*k>A*A+L*L}function l(S,w){for(var k=0;k<w.length;++k)if(!s(S,w[k]))return!1;return!0}function u(S){return new r(null,S.x,S.y,S.r)}function d(S,w){var k=S.x,A=S.y,L=S.r,C=w.x,E=w.y,G=w.r,z=C-k,P=E-A,D=G-L,F=Math.sqrt(z*z+P*P);return new r(null,(k+C+z/F*D)/2,(A+E+P/F*D)/2,(F+L+G)/2)}function h(S,w,k){var A=S.x,L=S.y,C=S.r,E=w.x,G=w.y,z=w.r,P=k.x,D=k.y,F=k.r,N=A-E,M=A-P,q=L-G,W=L-D,$=z-C,K=F-C,j=A*A+L*L-C*C,ce=j-E*E-G*G+z*z,ie=j-P*P-D*D+F*F,ue=M*q-N*W,de=(q*ie-W*ce)/(ue*2)-A,te=(W*$-q*K)/ue,ee=(M*ce-N*ie)/(ue*2)-L,J=(N*K-M*$)/ue,se=te*te+J*J-1,Y=2*(C+de*te+ee*J),X=de*de+ee*ee-C*C,B=-(se?(Y+Math.sqrt(Y*Y-4*se*X))/(2*se):X/Y);return new r(null,A+de+te*B,L+ee+J*B,B)}function c(S){switch(S.length){case 1:return u(S[0]);case 2:return d(S[0],S[1]);case 3:return h(S[0],S[1],S[2]);default:throw new Error("graphology-layout/circlepack: Invalid basis length "+S.length)}}function f(S,w){var k,A;if(l(w,S))return[w];for(k=0;k<S.length;++k)if(o(w,S[k])&&l(d(S[k],w),S))return[S[k],w];for(k=0;k<S.length-1;++k)for(A=k+1;A<S.length;++A)if(o(d(S[k],S[A]),w)&&o(d(S[k],w),S[A])&&o(d(S[A],w),S[k])&&l(h(S[k],S[A],w),S))return[S[k],S[A],w];throw new Error("graphology-layout/circlepack: extendBasis failure !")}function g(S){var w=S.wrappedCircle,k=S.next.wrappedCircle,A=w.r+k.r,L=(w.x*k.r+k.x*w.r)/A,C=(w.y*k.r+k.y*w.r)/A;return L*L+C*C}function p(S,w){var k=0,A=S.slice(),L=S.length,C=[],E,G;for(w(A);k<L;)E=A[k],G&&s(G,E)?++k:(C=f(C,E),G=c(C),k=0);return G}function v(S,w,k){var A=S.x-w.x,L,C,E=S.y-w.y,G,z,P=A*A+E*E;P?(C=w.r+k.r,C*=C,z=S.r+k.r,z*=z,C>z?(L=(P+z-C)/(2*P),G=Math.sqrt(Math.max(0,z/P-L*L)),k.x=S.x-L*A-G*E,k.y=S.y-L*E+G*A):(L=(P+C-z)/(2*P),G=Math.sqrt(Math.max(0,C/P-L*L)),k.x=w.x+L*A-G*E,k.y=w.y+L*E+G*A)):(k.x=w.x+k.r,k.y=w.y)}function m(S,w){var k=S.r+w.r-1e-6,A=w.x-S.x,L=w.y-S.y;return k>0&&k*k>A*A+L*L}function y(S,w){var k=S.length;if(k===0)return 0;var A,L,C,E,G,z,P,D,F,N;if(A=S[0],A.x=0,A.y=0,k<=1)return A.r;if(L=S[1],A.x=-L.r,L.x=A.r,L.y=0,k<=2)return A.r+L.r;C=S[2],v(L,A,C),A=new r(null,null,null,null,A),L=new r(null,null,null,null,L),C=new r(null,null,null,null,C),A.next=C.previous=L,L.next=A.previous=C,C.next=L.previous=A;e:for(z=3;z<k;++z){C=S[z],v(A.wrappedCircle,L.wrappedCircle,C),C=new r(null,null,null,null,C),P=L.next,D=A.previous,F=L.wrappedCircle.r,N=A.wrappedCircle.r;do if(F<=N){if(m(P.wrappedCircle,C.wrappedCircle)){L=P,A.next=L,L.previous=A,--z;continue e}F+=P.wrappedCircle.r,P=P.next}else{if(m(D.wrappedCircle,C.wrappedCircle)){A=D,A.next=L,L.previous=A,--z;continue e}N+=D.wrappedCircle.r,D=D.previous}while(P!==D.next);for(C.previous=A,C.next=L,A.next=L.previous=L=C,E=g(A);(C=C.next)!==L;)(G=g(C))<E&&(A=C,E=G);L=A.next}A=[L.wrappedCircle],C=L;for(var M=1e4;(C=C.next)!==L&&--M!==0;)A.push(C.wrappedCircle);for(C=p(A,w),z=0;z<k;++z)A=S[z],A.x-=C.x,A.y-=C.y;return C.r}function _(S,w){var k=0;if(S.hasChildren()){for(var A in S.children){var L=S.children[A];L.hasChildren()&&(L.r=_(L,w))}k=y(Object.values(S.children),w)}return k}function x(S,w){_(S,w);for(var k in S.children){var A=S.children[k];A.applyPositionToChildren()}}function b(S,w,k){if(!t(w))throw new Error("graphology-layout/circlepack: the given graph is not a valid graphology instance.");k=a(k,n);var A={},L={},C=w.nodes(),E=k.center,G=k.hierarchyAttributes,z=e.createShuffleInPlace(k.rng),P=k.scale,D=new r;w.forEachNode(function($,K){var j=K.size?K.size:1,ce=new r($,null,null,j),ie=D;G.forEach(function(ue){var de=K[ue];ie=ie.getChild(de)}),ie.addChild($,ce)}),x(D,z),i(w,D,A);var F=C.length,N,M,q;for(q=0;q<F;q++){var W=C[q];N=E+P*A[W].x,M=E+P*A[W].y,L[W]={x:N,y:M},S&&(w.setNodeAttribute(W,k.attributes.x,N),w.setNodeAttribute(W,k.attributes.y,M))}return L}var T=b.bind(null,!1);return T.assign=b.bind(null,!0),Cr=T,Cr}var Lr,Qi;function zf(){if(Qi)return Lr;Qi=1;var a=sr(),t=wt(),e={dimensions:["x","y"],center:.5,scale:1};function n(i,o,s){if(!t(o))throw new Error("graphology-layout/random: the given graph is not a valid graphology instance.");s=a(s,e);var l=s.dimensions;if(!Array.isArray(l)||l.length!==2)throw new Error("graphology-layout/random: given dimensions are invalid.");var u=s.center,d=s.scale,h=Math.PI*2,c=(u-.5)*d,f=o.order,g=l[0],p=l[1];function v(_,x){return x[g]=d*Math.cos(_*h/f)+c,x[p]=d*Math.sin(_*h/f)+c,x}var m=0;if(!i){var y={};return o.forEachNode(function(_){y[_]=v(m++,{})}),y}o.updateEachNodeAttributes(function(_,x){return v(m++,x),x},{attributes:l})}var r=n.bind(null,!1);return r.assign=n.bind(null,!0),Lr=r,Lr}var Pr,Ji;function Mf(){if(Ji)return Pr;Ji=1;var a=sr(),t=wt(),e={dimensions:["x","y"],center:.5,rng:Math.random,scale:1};function n(i,o,s){if(!t(o))throw new Error("graphology-layout/random: the given graph is not a valid graphology instance.");s=a(s,e);var l=s.dimensions;if(!Array.isArray(l)||l.length<1)throw new Error("graphology-layout/random: given dimensions are invalid.");var u=l.length,d=s.center,h=s.rng,c=s.scale,f=(d-.5)*c;function g(v){for(var m=0;m<u;m++)v[l[m]]=h()*c+f;return v}if(!i){var p={};return o.forEachNode(function(v){p[v]=g({})}),p}o.updateEachNodeAttributes(function(v,m){return g(m),m},{attributes:l})}var r=n.bind(null,!1);return r.assign=n.bind(null,!0),Pr=r,Pr}var Ir,eo;function Bf(){if(eo)return Ir;eo=1;var a=sr(),t=wt(),e=Math.PI/180,n={dimensions:["x","y"],centeredOnZero:!1,degrees:!1};function r(o,s,l,u){if(!t(s))throw new Error("graphology-layout/rotation: the given graph is not a valid graphology instance.");u=a(u,n),u.degrees&&(l*=e);var d=u.dimensions;if(!Array.isArray(d)||d.length!==2)throw new Error("graphology-layout/random: given dimensions are invalid.");if(s.order===0)return o?void 0:{};var h=d[0],c=d[1],f=0,g=0;if(!u.centeredOnZero){var p=1/0,v=-1/0,m=1/0,y=-1/0;s.forEachNode(function(S,w){var k=w[h],A=w[c];k<p&&(p=k),k>v&&(v=k),A<m&&(m=A),A>y&&(y=A)}),f=(p+v)/2,g=(m+y)/2}var _=Math.cos(l),x=Math.sin(l);function b(S){var w=S[h],k=S[c];return S[h]=f+(w-f)*_-(k-g)*x,S[c]=g+(w-f)*x+(k-g)*_,S}if(!o){var T={};return s.forEachNode(function(S,w){var k={};k[h]=w[h],k[c]=w[c],T[S]=b(k)}),T}s.updateEachNodeAttributes(function(S,w){return b(w),w},{attributes:d})}var i=r.bind(null,!1);return i.assign=r.bind(null,!0),Ir=i,Ir}var to;function Of(){return to||(to=1,Nt.circlepack=Gf(),Nt.circular=zf(),Nt.random=Mf(),Nt.rotation=Bf()),Nt}var Fr=Of(),Nr,no;function $f(){if(no)return Nr;no=1;var a=0,t=1,e=2,n=3;function r(o,s){return o+"§"+s}function i(){return .01*(.5-Math.random())}return Nr=function(s,l){var u=s.margin,d=s.ratio,h=s.expansion,c=s.gridSize,f=s.speed,g,p,v,m,y,_,x=!0,b=l.length,T=b/n|0,S=new Float32Array(T),w=new Float32Array(T),k=1/0,A=1/0,L=-1/0,C=-1/0;for(g=0;g<b;g+=n)v=l[g+a],m=l[g+t],_=l[g+e]*d+u,k=Math.min(k,v-_),L=Math.max(L,v+_),A=Math.min(A,m-_),C=Math.max(C,m+_);var E=L-k,G=C-A,z=(k+L)/2,P=(A+C)/2;k=z-h*E/2,L=z+h*E/2,A=P-h*G/2,C=P+h*G/2;var D=new Array(c*c),F=D.length,N;for(N=0;N<F;N++)D[N]=[];var M,q,W,$,K,j,ce,ie,ue,de;for(g=0;g<b;g+=n)for(v=l[g+a],m=l[g+t],_=l[g+e]*d+u,M=v-_,q=v+_,W=m-_,$=m+_,K=Math.floor(c*(M-k)/(L-k)),j=Math.floor(c*(q-k)/(L-k)),ce=Math.floor(c*(W-A)/(C-A)),ie=Math.floor(c*($-A)/(C-A)),ue=K;ue<=j;ue++)for(de=ce;de<=ie;de++)D[ue*c+de].push(g);var te,ee=new Set,J,se,Y,X,B,Ge,Le,ze,ye,xe,Ue,tt,gt;for(N=0;N<F;N++)for(te=D[N],g=0,y=te.length;g<y;g++)for(J=te[g],Y=l[J+a],B=l[J+t],Le=l[J+e],p=g+1;p<y;p++)se=te[p],ye=r(J,se),!(F>1&&ee.has(ye))&&(F>1&&ee.add(ye),X=l[se+a],Ge=l[se+t],ze=l[se+e],xe=X-Y,Ue=Ge-B,tt=Math.sqrt(xe*xe+Ue*Ue),gt=tt<Le*d+u+(ze*d+u),gt&&(x=!1,se=se/n|0,tt>0?(S[se]+=xe/tt*(1+Le),w[se]+=Ue/tt*(1+Le)):(S[se]+=E*i(),w[se]+=G*i())));for(g=0,p=0;g<b;g+=n,p++)l[g+a]+=S[p]*.1*f,l[g+t]+=w[p]*.1*f;return{converged:x}},Nr}var yt={},ro;function Wf(){if(ro)return yt;ro=1;var a=3;return yt.validateSettings=function(t){return"gridSize"in t&&typeof t.gridSize!="number"||t.gridSize<=0?{message:"the `gridSize` setting should be a positive number."}:"margin"in t&&typeof t.margin!="number"||t.margin<0?{message:"the `margin` setting should be 0 or a positive number."}:"expansion"in t&&typeof t.expansion!="number"||t.expansion<=0?{message:"the `expansion` setting should be a positive number."}:"ratio"in t&&typeof t.ratio!="number"||t.ratio<=0?{message:"the `ratio` setting should be a positive number."}:"speed"in t&&typeof t.speed!="number"||t.speed<=0?{message:"the `speed` setting should be a positive number."}:null},yt.graphToByteArray=function(t,e){var n=t.order,r=new Float32Array(n*a),i=0;return t.forEachNode(function(o,s){typeof e=="function"&&(s=e(o,s)),r[i]=s.x,r[i+1]=s.y,r[i+2]=s.size||1,i+=a}),r},yt.assignLayoutChanges=function(t,e,n){var r=0;t.forEachNode(function(i){var o={x:e[r],y:e[r+1]};typeof n=="function"&&(o=n(i,o)),t.mergeNodeAttributes(i,o),r+=a})},yt.collectLayoutChanges=function(t,e,n){var r={},i=0;return t.forEachNode(function(o){var s={x:e[i],y:e[i+1]};typeof n=="function"&&(s=n(o,s)),r[o]=s,i+=a}),r},yt.createWorker=function(e){var n=window.URL||window.webkitURL,r=e.toString(),i=n.createObjectURL(new Blob(["("+r+").call(this);"],{type:"text/javascript"})),o=new Worker(i);return n.revokeObjectURL(i),o},yt}var Gr,ao;function Uf(){return ao||(ao=1,Gr={gridSize:20,margin:5,expansion:1.1,ratio:1,speed:3}),Gr}var zr,io;function Hf(){if(io)return zr;io=1;var a=wt(),t=$f(),e=Wf(),n=Uf(),r=500;function i(s,l,u){if(!a(l))throw new Error("graphology-layout-noverlap: the given graph is not a valid graphology instance.");typeof u=="number"?u={maxIterations:u}:u=u||{};var d=u.maxIterations||r;if(typeof d!="number"||d<=0)throw new Error("graphology-layout-force: you should provide a positive number of maximum iterations.");var h=Object.assign({},n,u.settings),c=e.validateSettings(h);if(c)throw new Error("graphology-layout-noverlap: "+c.message);var f=e.graphToByteArray(l,u.inputReducer),g=!1,p;for(p=0;p<d&&!g;p++)g=t(h,f).converged;if(s){e.assignLayoutChanges(l,f,u.outputReducer);return}return e.collectLayoutChanges(l,f,u.outputReducer)}var o=i.bind(null,!1);return o.assign=i.bind(null,!0),zr=o,zr}var qf=Hf();const Vf=Jn(qf);function Gs(a,t=a.order){const e=Ns.inferSettings(t);return{...If,...e,barnesHutOptimize:t>1500,slowDown:1+Math.log10(Math.max(1,t)),adjustSizes:!1}}const Gt=10;function jf(a,t=null){const e=[],n=new Map;a.forEachNode((o,s)=>{t&&!t(o,s)||(n.set(o,e.length),e.push(o))});const r=new Float32Array(e.length*Gt);e.forEach((o,s)=>{const l=a.getNodeAttributes(o),u=s*Gt;r[u]=l.x,r[u+1]=l.y,r[u+6]=1,r[u+7]=1,r[u+8]=1,r[u+9]=l.fixed?1:0});const i=[];return a.forEachEdge((o,s,l,u)=>{const d=n.get(l),h=n.get(u);d===void 0||h===void 0||d===h||(i.push(d*Gt,h*Gt,1),r[d*Gt+6]+=1,r[h*Gt+6]+=1)}),{ids:e,nodes:r,edges:new Float32Array(i)}}class zs{constructor(t,{keep:e=null,onProgress:n=null}={}){this.graph=t,this.keep=e,this.onProgress=n,this.applies=0,this.worker=null,this.gen=0,this.ids=[],this.running=!1,this.pending=null,this.frame=0}ensureWorker(){return this.worker||(this.worker=new Worker(new URL(""+new URL("fa2.worker-Duzxo4sH.js",import.meta.url).href,import.meta.url),{type:"module",name:"forceatlas2"}),this.worker.onmessage=t=>this.message(t.data)),this.worker}start(t=0){this.stop();const e=jf(this.graph,this.keep);if(!e.ids.length)return Promise.resolve({iterations:0,computeMs:0,wallMs:0});this.ids=e.ids,this.index=null,this.applies=0,this.running=!0,this.startedAt=performance.now();const n=++this.gen,r=Gs(this.graph,e.ids.length);return this.ensureWorker().postMessage({type:"start",gen:n,nodes:e.nodes.buffer,edges:e.edges.buffer,settings:r,iterations:t},[e.nodes.buffer,e.edges.buffer]),new Promise(i=>{this.resolveDone=i})}stop(){this.worker&&this.running&&this.worker.postMessage({type:"stop"}),this.running=!1,this.gen++,cancelAnimationFrame(this.frame),this.frame=0,this.pending=null}kill(){this.stop(),this.worker&&this.worker.terminate(),this.worker=null}message(t){if(!(t.type!=="positions"||t.gen!==this.gen)&&(this.pending=t,!this.frame||t.finished)){const e=()=>{this.frame=0;const n=this.pending;if(n&&(this.pending=null,this.applies++,this.apply(new Float32Array(n.xy)),this.onProgress&&this.onProgress(n),n.finished)){this.running=!1;const r=this.resolveDone;this.resolveDone=null,r&&r({iterations:n.iterations,computeMs:n.computeMs,wallMs:performance.now()-this.startedAt,applies:this.applies})}};t.finished?(cancelAnimationFrame(this.frame),e()):this.frame=requestAnimationFrame(e)}}apply(t){const e=this.graph;this.index||(this.index=new Map,this.ids.forEach((r,i)=>this.index.set(r,i)));const n=this.index;e.updateEachNodeAttributes((r,i)=>{const o=n.get(r);return o!==void 0&&!i.fixed&&(i.x=t[2*o],i.y=t[2*o+1]),i},{attributes:["x","y"]})}}class Kf{constructor(t,{onState:e,keep:n=null}={}){this.graph=t,this.fa2=new zs(t,{keep:n}),this.timer=null,this.onState=e||(()=>{}),this.stopped=[]}running(){return this.fa2.running}startFA2(t=0){this.graph.order&&(clearTimeout(this.timer),this.fa2.start(0),t>0&&(this.timer=setTimeout(()=>this.stopFA2(),t)),this.onState(!0))}stopFA2(){clearTimeout(this.timer);const t=this.fa2.running;this.fa2.stop(),this.onState(!1);const e=this.stopped;if(this.stopped=[],t)for(const n of e)n()}onceStopped(t){this.stopped.push(t)}killFA2(){clearTimeout(this.timer),this.fa2.kill(),this.onState(!1)}burst(){const t=this.graph.order;this.startFA2(Math.min(8e3,1500+t*2))}apply(t,{animate:e=!0}={}){this.stopFA2();const n=this.graph;if(!n.order)return;const r=Math.max(10,Math.sqrt(n.order)*10);let i;switch(t){case"circular":i=Fr.circular(n,{scale:r});break;case"random":i=Fr.random(n,{scale:r*2,center:0});break;case"community":i=Fr.circlepack(n,{hierarchyAttributes:["communityId","kind"],scale:r});break;default:return}this.moveTo(i,e&&n.order<=5e3)}noverlap(){this.stopFA2();const t=Vf(this.graph,{maxIterations:80,settings:{ratio:1.2,margin:2}});this.moveTo(t,this.graph.order<=5e3)}moveTo(t,e){const n=this.graph,r=new Map;n.forEachNode((u,d)=>r.set(u,[d.x,d.y]));const i=(u,d)=>d.fixed||!t[u]?[d.x,d.y]:[t[u].x,t[u].y];if(!e)return n.updateEachNodeAttributes((u,d)=>{const[h,c]=i(u,d);return d.x=h,d.y=c,d},{attributes:["x","y"]}),Promise.resolve();const o=new Map;n.forEachNode((u,d)=>o.set(u,i(u,d)));const s=performance.now(),l=450;return new Promise(u=>{const d=h=>{const c=Math.min(1,(h-s)/l),f=c<.5?2*c*c:1-Math.pow(-2*c+2,2)/2;n.updateEachNodeAttributes((g,p)=>{const v=r.get(g),m=o.get(g);return v&&m&&(p.x=v[0]+(m[0]-v[0])*f,p.y=v[1]+(m[1]-v[1])*f),p},{attributes:["x","y"]}),c<1?requestAnimationFrame(d):u()};requestAnimationFrame(d)})}}const Mr=864e5;function Xf(a,t,e=null){const n=a.filter(l=>Number.isFinite(l.t));if(!n.length)return{min:null,max:null,bins:[],maxCount:0};let r=e?e[0]:1/0,i=e?e[1]:-1/0;if(!e)for(const l of n)l.t<r&&(r=l.t),l.t>i&&(i=l.t);i-r<Mr&&(r-=Mr/2,i+=Mr/2);const o=Array.from({length:t},()=>({count:0,byKind:{},flagged:0})),s=(i-r)/t;for(const l of n){if(l.t<r||l.t>i)continue;const u=o[Math.min(t-1,Math.floor((l.t-r)/s))];u.count++,u.byKind[l.kind]=(u.byKind[l.kind]||0)+1,l.flag&&u.flagged++}return{min:r,max:i,bins:o,maxCount:Math.max(...o.map(l=>l.count))}}class Yf{constructor(t,{onBrush:e}){this.canvas=t,this.onBrush=e,this.items=[],this.window={since:null,until:null},this.data=null,this.drag=null,t.addEventListener("pointerdown",n=>this.down(n)),t.addEventListener("pointermove",n=>this.move(n)),t.addEventListener("pointerup",n=>this.up(n)),t.addEventListener("dblclick",()=>this.onBrush(null,null)),new ResizeObserver(()=>this.draw()).observe(t)}setItems(t,e){this.items=t,this.window=e,this.draw()}tAt(t){const e=this.data;if(!e||e.min===null)return null;const n=this.canvas.getBoundingClientRect(),r=Math.max(0,Math.min(1,(t-n.left-4)/Math.max(1,n.width-8)));return e.min+r*(e.max-e.min)}down(t){const e=this.tAt(t.clientX);e!==null&&(this.canvas.setPointerCapture(t.pointerId),this.drag={a:e,b:e})}move(t){this.drag&&(this.drag.b=this.tAt(t.clientX),this.draw())}up(t){if(!this.drag)return;const{a:e,b:n}=this.drag;if(this.drag=null,this.canvas.releasePointerCapture(t.pointerId),Math.abs(n-e)<(this.data.max-this.data.min)/200){this.draw();return}this.onBrush(Math.min(e,n),Math.max(e,n))}draw(){const t=this.canvas,e=window.devicePixelRatio||1,n=t.clientWidth,r=t.clientHeight;if(!n||!r)return;(t.width!==Math.round(n*e)||t.height!==Math.round(r*e))&&(t.width=Math.round(n*e),t.height=Math.round(r*e));const i=t.getContext("2d");i.setTransform(e,0,0,e,0,0),i.clearRect(0,0,n,r);const o=Math.max(10,Math.min(120,Math.floor((n-8)/6))),s=this.data=Xf(this.items,o);if(i.font="11px sans-serif",!s.bins.length){i.fillStyle="#666",i.fillText("No dated bookings, declarations, flights or seizures loaded yet.",8,r/2+4);return}const l=r-16,u=(n-8)/o,d=Object.keys(Object.assign({},...s.bins.map(p=>p.byKind))).sort();s.bins.forEach((p,v)=>{let m=l;for(const y of d){const _=p.byKind[y]||0;if(!_)continue;const x=_/s.maxCount*(l-4);i.fillStyle=Ne(y).color,i.fillRect(4+v*u,m-x,Math.max(1,u-1),x),m-=x}p.flagged&&(i.fillStyle=Fa,i.fillRect(4+v*u,l+1,Math.max(1,u-1),3))});const h=p=>4+(p-s.min)/(s.max-s.min)*(n-8),c=this.drag?{since:Math.min(this.drag.a,this.drag.b),until:Math.max(this.drag.a,this.drag.b)}:this.window;if(c.since!==null||c.until!==null){const p=c.since===null?4:Math.max(4,h(c.since)),v=c.until===null?n-4:Math.min(n-4,h(c.until));i.fillStyle="rgba(0,0,0,0.18)",p>4&&i.fillRect(4,0,p-4,l),v<n-4&&i.fillRect(v,0,n-4-v,l),i.strokeStyle="#1a1a1a",i.strokeRect(p,.5,Math.max(1,v-p),l-1)}i.fillStyle="#444";const f=p=>new Date(p).toISOString().slice(0,10);i.fillText(f(s.min),4,r-2);const g=f(s.max);i.fillText(g,n-4-i.measureText(g).width,r-2),i.fillText(`peak ${s.maxCount}/bin`,n/2-25,r-2)}}class ft extends Error{constructor(t,{code:e="error",path:n=null,status:r=0,data:i=null,errors:o=[]}={}){super(t),this.name="GqlError",this.code=e,this.path=n,this.status=r,this.data=i,this.errors=o}describe(){return this.code?`${this.message} [${this.code}]`:this.message}}let Zf="graphql";const la="borderlens.token";function Ms(){try{return sessionStorage.getItem(la)||""}catch{return""}}function Br(a){try{a?sessionStorage.setItem(la,a):sessionStorage.removeItem(la)}catch{}}function Bs(){const a=Ms();return a?{authorization:`Bearer ${a}`}:{}}const Os=new Set;async function oo(){let a;try{a=await fetch("auth/whoami",{headers:{accept:"application/json",...Bs()}})}catch(e){throw new ft(`cannot reach the server (${e&&e.message?e.message:e})`,{code:"network"})}if(a.status===404)return null;const t=await a.json().catch(()=>null);if(!a.ok){const e=t&&t.errors&&t.errors[0];throw new ft(e&&e.message||t&&t.error||`HTTP ${a.status}`,{code:e&&e.extensions&&e.extensions.code||`http_${a.status}`,status:a.status})}return t}const Xn={count:0,listeners:new Set};function so(a){Xn.count+=a;for(const t of Xn.listeners)t(Xn.count)}async function Qf(a,t={},{signal:e}={}){so(1);try{let n;try{n=await fetch(Zf,{method:"POST",headers:{"content-type":"application/json",accept:"application/graphql-response+json, application/json;q=0.9",...Bs()},body:JSON.stringify({query:a,variables:t}),signal:e})}catch(i){throw i&&i.name==="AbortError"?i:new ft(`cannot reach the server (${i&&i.message?i.message:i})`,{code:"network"})}let r=null;try{r=await n.json()}catch{throw new ft(`server answered HTTP ${n.status} without a GraphQL response`,{code:`http_${n.status}`,status:n.status})}if(n.status===401)for(const i of Os)i(r.errors&&r.errors[0]?r.errors[0].message:"credentials required");return{data:r.data??null,errors:r.errors??[],status:n.status}}finally{so(-1)}}function Jf(a,t=0,e=null){const n=a[0]||{};return new ft(n.message||"GraphQL error",{code:n.extensions&&n.extensions.code||"error",path:n.path||null,status:t,data:e,errors:a})}async function he(a,t={},e={}){const{data:n,errors:r,status:i}=await Qf(a,t,e);if(r&&r.length)throw Jf(r,i,n);return n}const Ke="id kind label at knownSmuggler communityId pagerank networkRisk degree",ua="id from to kind at",Ce={stats:"query Stats { stats { nodeCount edgeCount nodes { kind count } } }",search:`query Search($text: String!, $kinds: [NodeKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) { totalCount edges { node { ${Ke} } } } }`,subgraph:`query Subgraph($centers: [ID!]!, $depth: Int, $kinds: [NodeKind!], $relKinds: [RelKind!], $since: DateTime, $until: DateTime, $limit: Int) {
    subgraph(centers: $centers, depth: $depth, kinds: $kinds, relKinds: $relKinds, since: $since, until: $until, limit: $limit) {
      truncated nodes { distance node { ${Ke} } } edges { ${ua} } } }`,paths:`query Paths($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $relKinds: [RelKind!], $kinds: [NodeKind!]) {
    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, relKinds: $relKinds, kinds: $kinds) {
      hops nodes { ${Ke} } edges { ${ua} } } }`,nodes:`query Nodes($ids: [ID!]!) { nodes(ids: $ids) { ${Ke} } }`,detail:`query Detail($id: ID!) {
    node(id: $id) {
      ${Ke} betweenness knownSmugglerSince knownSmugglerSource knownSmugglerReason
      properties { name value }
      ... on Declaration { date hsCode description inspected illicit critical dateIllicitProb dateRevenue dateRank dateModel hsRecommended hsMismatch hsDeclaredRank value taxes originCountry departureCountry }
      ... on Trader { name country roles }
      ... on Passenger { surname givenNames dateOfBirth nationality crew infant }
      ... on Seizure { date goods quantity source description }
      ... on Booking { carrier recordLocator created splitFrom }
      ... on Flight { carrier number origin destination departure arrival }
    } }`,neighbourCounts(a){return`query NeighbourCounts($id: ID!) { node(id: $id) { id all: neighbours(first: 1) { totalCount }
      ${a.map(e=>`${e}: neighbours(kinds: [${e}], first: 1) { totalCount }`).join(`
      `)} } }`},mark:`mutation Mark($id: ID!, $reason: String!, $source: String) { markKnownSmuggler(id: $id, reason: $reason, source: $source) { ${Ke} knownSmugglerSince knownSmugglerSource knownSmugglerReason } }`,unmark:`mutation Unmark($id: ID!, $reason: String!) { unmarkKnownSmuggler(id: $id, reason: $reason) { ${Ke} knownSmugglerSince knownSmugglerSource knownSmugglerReason } }`};function $t(a){return a instanceof ft&&/unavailable/i.test(a.code||"")}const un="kind name ofType { kind name ofType { kind name ofType { kind name } } }",eg=`query Capabilities {
  query: __type(name: "Query") { fields { name args { name } type { ${un} } } }
  riskProfile: __type(name: "RiskProfile") { fields { name type { ${un} } } }
  community: __type(name: "Community") { fields { name args { name } type { ${un} } } }
  inspection: __type(name: "InspectionItem") { fields { name type { ${un} } } }
  hsCandidate: __type(name: "HSCandidate") { fields { name } }
  communityOrder: __type(name: "CommunityOrder") { enumValues { name } }
  inspectionStrategy: __type(name: "InspectionStrategy") { enumValues { name } }
  riskOrder: __type(name: "RiskOrder") { enumValues { name } }
}`;function zt(a){let t=!1;for(;a&&(a.kind==="NON_NULL"||a.kind==="LIST");)a.kind==="LIST"&&(t=!0),a=a.ofType;return{kind:a?a.kind:null,name:a?a.name:null,list:t}}const ln=a=>new Map((a&&a.fields||[]).map(t=>[t.name,t])),Or=a=>new Set((a&&a.args||[]).map(t=>t.name)),$r=a=>(a&&a.enumValues||[]).map(t=>t.name),lo=Object.freeze({introspected:!1,topRiskConnection:!0,communities:!0,communityOrders:["SMUGGLER_SHARE","SIZE","RISK"],communitySmugglerShare:!0,communityMembersConnection:!0,inspectionConnection:!0,inspectionArgs:["rate","strategy","exploration","officeId","since","until","first","after"],inspectionStrategies:["ILLICIT","REVENUE"],inspectionFields:["explore","hsMismatch"],inspectionHsMismatchType:"Boolean",hsByDescription:!0,hsFields:["heading","chapter"],riskOrders:["NETWORK_RISK","CORROBORATED"],riskProfile:{communitySmugglerShare:null,centrality:["pagerankRank","betweennessRank","degree"],seizures:"node",corroboration:"corroboration"}});function tg(a,t={}){const e=ln(a.query),n=ln(a.community),r=ln(a.inspection),i=e.get("topRisk"),o=e.get("inspectionList"),s=e.get("hsRecommend"),l=h=>!!h&&!zt(h.type).list&&/Connection$/.test(zt(h.type).name||""),u={};for(const[h,c]of ln(a.riskProfile)){if(["node","score","communityId","factors","paths","analysisRun","computedAt"].includes(h))continue;const f=zt(c.type);f.kind==="SCALAR"||f.kind==="ENUM"?u[h]=null:f.kind==="INTERFACE"||f.name==="Node"||f.name==="Seizure"?u[h]="node":f.name==="Corroboration"?u[h]="corroboration":f.kind==="OBJECT"&&t[f.name]&&(u[h]=t[f.name])}const d=r.get("hsMismatch");return{introspected:!0,topRiskConnection:l(i),communities:e.has("communities"),communityOrders:$r(a.communityOrder),communitySmugglerShare:n.has("smugglerShare"),communityMembersConnection:l(n.get("members")),inspectionConnection:l(o),inspectionArgs:[...Or(o)],inspectionStrategies:$r(a.inspectionStrategy),inspectionFields:[...r.keys()].filter(h=>["explore","hsMismatch"].includes(h)),inspectionHsMismatchType:d?zt(d.type).name:null,hsByDescription:Or(s).has("description"),hsFields:[...ln(a.hsCandidate).keys()].filter(h=>["heading","chapter"].includes(h)),riskOrders:Or(i).has("orderBy")?$r(a.riskOrder):[],riskProfile:u}}function ng(a){const t=[];for(const e of a.riskProfile&&a.riskProfile.fields||[]){const n=zt(e.type);n.kind==="OBJECT"&&!["Path","RiskFactor","Seizure","Corroboration"].includes(n.name)&&!["node","factors","paths"].includes(e.name)&&t.push(n.name)}return[...new Set(t)]}let $n=null;function At(){return $n||($n=(async()=>{let a;try{a=await he(eg)}catch(n){if(n instanceof ft&&n.code==="network")throw $n=null,n;return lo}if(!a||!a.query)return lo;const t={},e=ng(a);if(e.length){const n=e.map((r,i)=>`t${i}: __type(name: ${JSON.stringify(r)}) { name fields { name type { ${un} } } }`);try{const r=await he(`query Describe { ${n.join(`
`)} }`);e.forEach((i,o)=>{const s=r[`t${o}`];s&&(t[i]=s.fields.filter(l=>["SCALAR","ENUM"].includes(zt(l.type).kind)).map(l=>l.name))})}catch{}}return tg(a,t)})()),$n}const En=a=>Array.isArray(a)?a:a&&a.edges?a.edges.map(t=>t.node):[],lr=a=>Array.isArray(a)?a.length:a?a.totalCount??En(a).length:0,Ga=a=>!Array.isArray(a)&&!!(a&&a.pageInfo&&a.pageInfo.hasNextPage),ur=(a,t)=>a?`totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${t} } }`:t;async function uo({kinds:a=null,first:t=100,order:e=null}={}){const n=await At(),r=n.riskOrders||[],i=e&&r.includes(e)?e:null,o=`rank score${r.includes("CORROBORATED")?" corroboratedScore":""} node { ${Ke} }`,s=`query TopRisk($kinds: [NodeKind!], $first: Int${i?", $order: RiskOrder":""}) {
    topRisk(kinds: $kinds, first: $first${i?", orderBy: $order":""}) { ${ur(n.topRiskConnection,o)} } }`,l=await he(s,i?{kinds:a,first:t,order:i}:{kinds:a,first:t});return{items:En(l.topRisk),totalCount:lr(l.topRisk),hasMore:Ga(l.topRisk),order:i||"NETWORK_RISK"}}const $s=a=>`id size knownSmugglers risk${a.communitySmugglerShare?" smugglerShare":""}`,Ws=a=>({...a,smugglerShare:a.smugglerShare??(a.size?a.knownSmugglers/a.size:0)});async function rg({first:a=100,orderBy:t="SMUGGLER_SHARE"}={}){const e=await At();if(!e.communities)return null;const n=e.communityOrders.length&&!e.communityOrders.includes(t)?e.communityOrders[0]:t,r=e.communityOrders.length?", orderBy: $orderBy":"",i=`query Communities($first: Int${r?", $orderBy: CommunityOrder":""}) { communities(first: $first${r}) { ${ur(!0,$s(e))} } }`,o=await he(i,r?{first:a,orderBy:n}:{first:a});return{items:En(o.communities).map(Ws),totalCount:lr(o.communities),hasMore:Ga(o.communities)}}async function ho(a,{membersFirst:t=0}={}){const e=await At(),n=t>0?` members(first: $first) { ${ur(e.communityMembersConnection,Ke)} }`:"",r=`query Community($id: Int!${n?", $first: Int":""}) { community(id: $id) { ${$s(e)}${n} } }`,o=(await he(r,n?{id:a,first:t}:{id:a})).community;return{...Ws(o),members:n?En(o.members):[],membersTotal:n?lr(o.members):o.size}}const ag=`${Ke} date hsCode hsRecommended hsMismatch hsDeclaredRank officeId description`;async function ig(a={}){const t=await At(),e={rate:"Float",strategy:"InspectionStrategy",exploration:"Float",officeId:"String",since:"DateTime",until:"DateTime",first:"Int",after:"String"},n=t.introspected?new Set(t.inspectionArgs):new Set(Object.keys(e)),r=Object.keys(e).filter(c=>n.has(c)&&a[c]!==void 0&&a[c]!==null),i=r.map(c=>`$${c}: ${e[c]}`).join(", "),o=r.map(c=>`${c}: $${c}`).join(", "),l=`rank illicitProbability expectedRevenue reasons ${t.inspectionFields.join(" ")} declaration { ${ag} }`,u=`query Inspection${i?`(${i})`:""} { inspectionList${o?`(${o})`:""} { ${ur(t.inspectionConnection,l)} } }`,d=await he(u,Object.fromEntries(r.map(c=>[c,a[c]])));return{items:En(d.inspectionList).map(c=>({...c,explore:!!c.explore,hsMismatch:og(c),hsMismatchScore:typeof c.hsMismatch=="number"?c.hsMismatch:c.declaration&&typeof c.declaration.hsMismatch=="number"?c.declaration.hsMismatch:null})),totalCount:lr(d.inspectionList),hasMore:Ga(d.inspectionList),strategies:t.inspectionStrategies,args:[...n]}}function og(a){if(typeof a.hsMismatch=="boolean")return a.hsMismatch;if(typeof a.hsMismatch=="number")return a.hsMismatch>=.5;const t=a.declaration||a;return t.hsRecommended&&t.hsCode&&t.hsRecommended!==t.hsCode?!0:t.hsMismatch!==null&&t.hsMismatch!==void 0&&t.hsMismatch>=.5}async function sg({id:a,description:t=null,first:e=5}){const n=await At(),r=`hsCode probability description ${n.hsFields.join(" ")}`;return n.hsByDescription?!t||!t.trim()?{candidates:[],by:"none"}:{candidates:(await he(`query HSRecommend($text: String!, $first: Int) { hsRecommend(description: $text, first: $first) { ${r} } }`,{text:t,first:e})).hsRecommend||[],by:"description"}:{candidates:(await he(`query HSRecommend($id: ID!, $first: Int) { hsRecommend(declarationId: $id, first: $first) { ${r} } }`,{id:a,first:e})).hsRecommend||[],by:"declaration"}}async function lg(a){const t=await At(),e=Object.entries(t.riskProfile).map(([i,o])=>o===null?i:o==="node"?`${i} { id kind label at knownSmuggler }`:o==="corroboration"?`${i} { score rank sources { risk share smugglers { id kind label knownSmuggler } } }`:o.length?`${i} { ${o.join(" ")} }`:"").filter(Boolean).join(`
      `),n=`query RiskProfile($id: ID!) {
    riskProfile(id: $id) {
      score communityId analysisRun computedAt
      factors { name weight detail }
      paths { hops nodes { ${Ke} } edges { ${ua} } }
      ${e}
    } }`;return(await he(n,{id:a})).riskProfile}function R(a,t={},...e){const n=document.createElement(a);for(const[r,i]of Object.entries(t||{}))i==null||i===!1||(r==="class"?n.className=i:r==="dataset"?Object.assign(n.dataset,i):r.startsWith("on")&&typeof i=="function"?n.addEventListener(r.slice(2),i):r==="style"&&typeof i=="object"?Object.assign(n.style,i):i===!0?n.setAttribute(r,""):n.setAttribute(r,String(i)));return Us(n,e),n}function Us(a,t){for(const e of t)e==null||e===!1||(Array.isArray(e)?Us(a,e):a.append(e instanceof Node?e:document.createTextNode(String(e))))}function _e(a){for(;a.firstChild;)a.removeChild(a.firstChild);return a}const ug=()=>document.getElementById("toasts");function Se(a,t="info",{timeout:e=5e3}={}){const n=ug();if(!n)return;const r=R("button",{class:"toast-close","aria-label":"Dismiss",type:"button"},"×"),i=R("div",{class:`toast toast-${t}`,role:t==="error"?"alert":"status"},R("span",{},a),r);for(r.addEventListener("click",()=>i.remove()),n.append(i);n.children.length>5;)n.firstChild.remove();return t!=="error"&&e&&setTimeout(()=>i.remove(),e),i}function Oe(a){return a?typeof a.describe=="function"?a.describe():a.message||String(a):"unknown error"}function Je(a,t){t&&t.name==="AbortError"||Se(`${a}: ${Oe(t)}`,"error")}function Tt(a,t,e="application/octet-stream"){const n=t instanceof Blob?t:new Blob([t],{type:e}),r=URL.createObjectURL(n),i=R("a",{href:r,download:a,style:{display:"none"}});document.body.append(i),i.click(),setTimeout(()=>{i.remove(),URL.revokeObjectURL(r)},1e3)}function et(a,t=3){return a==null||Number.isNaN(a)?"–":typeof a!="number"?String(a):Number.isInteger(a)?a.toLocaleString("en"):Math.abs(a)>=1e3?a.toLocaleString("en",{maximumFractionDigits:0}):Math.abs(a)<.001&&a!==0?a.toExponential(2):a.toFixed(t)}function Ae(a){return a==null||Number.isNaN(a)?"–":`${(a*100).toFixed(a>=.1?0:1)}%`}function xn(a){if(!a)return"–";const t=new Date(a);return Number.isNaN(t.getTime())?String(a):t.toISOString().slice(0,10)}function ut(a){return a==null?"–":Array.isArray(a)?a.join(", "):typeof a=="boolean"?a?"yes":"no":typeof a=="number"?et(a):typeof a=="object"?JSON.stringify(a):String(a)}function Mt(){return new Date().toISOString().replace(/[:]/g,"").replace(/\..*/,"")}function Hs(a,t){let e=null;const n=(...r)=>{clearTimeout(e),e=setTimeout(()=>a(...r),t)};return n.cancel=()=>clearTimeout(e),n}let dg=0;class Wr{constructor(t,e,{onPick:n,first:r=12,kinds:i=()=>null}){this.input=t,this.list=e,this.onPick=n,this.first=r,this.kinds=i,this.items=[],this.active=-1,this.ctrl=null,this.id=`sb${++dg}`,e.id=e.id||`${this.id}-list`,e.setAttribute("role","listbox"),t.setAttribute("role","combobox"),t.setAttribute("aria-autocomplete","list"),t.setAttribute("aria-expanded","false"),t.setAttribute("aria-controls",e.id),t.setAttribute("autocomplete","off"),t.setAttribute("spellcheck","false");const o=Hs(()=>this.query(),180);t.addEventListener("input",()=>t.value.trim().length>=2?o():(o.cancel(),this.close())),t.addEventListener("keydown",s=>this.key(s)),t.addEventListener("blur",()=>setTimeout(()=>this.close(),150)),t.addEventListener("focus",()=>{this.items.length&&t.value.trim().length>=2&&this.open()})}async query(){const t=this.input.value.trim();if(t.length<2)return;this.ctrl&&this.ctrl.abort();const e=this.ctrl=new AbortController;this.status("Searching…","busy");try{const n=await he(Ce.search,{text:t,first:this.first,kinds:this.kinds()},{signal:e.signal});if(e.signal.aborted)return;this.items=n.search.edges.map(r=>r.node),this.render(n.search.totalCount)}catch(n){if(n.name==="AbortError")return;this.items=[],this.status(`Search failed: ${Oe(n)}`,"error")}}status(t,e){_e(this.list).append(R("li",{class:`sb-status ${e||""}`,role:"option","aria-disabled":"true"},t)),this.open()}render(t){if(_e(this.list),this.active=this.items.length?0:-1,!this.items.length){this.status("No matches","");return}this.items.forEach((e,n)=>{const r=Ne(e.kind),i=R("li",{id:`${this.id}-o${n}`,role:"option",class:`sb-item${e.knownSmuggler?" ks":""}`,"aria-selected":n===this.active?"true":"false"},R("span",{class:"kind-tag",style:{background:r.color}},r.glyph),R("span",{class:"sb-label"},e.label),e.knownSmuggler?R("span",{class:"ks-badge",title:"known smuggler"},"KNOWN SMUGGLER"):null,R("span",{class:"sb-id"},e.id));i.addEventListener("mousedown",o=>{o.preventDefault(),this.pick(n)}),this.list.append(i)}),t>this.items.length&&this.list.append(R("li",{class:"sb-status",role:"option","aria-disabled":"true"},`${t} matches; showing ${this.items.length}. Type more to narrow.`)),this.highlight(),this.open()}highlight(){if([...this.list.querySelectorAll(".sb-item")].forEach((t,e)=>t.setAttribute("aria-selected",e===this.active?"true":"false")),this.active>=0){const t=`${this.id}-o${this.active}`;this.input.setAttribute("aria-activedescendant",t);const e=document.getElementById(t);e&&e.scrollIntoView({block:"nearest"})}else this.input.removeAttribute("aria-activedescendant")}open(){this.list.hidden=!1,this.input.setAttribute("aria-expanded","true")}close(){this.list.hidden=!0,this.input.setAttribute("aria-expanded","false"),this.input.removeAttribute("aria-activedescendant")}key(t){if(t.key==="ArrowDown"||t.key==="ArrowUp"){if(t.preventDefault(),!this.items.length)return;this.list.hidden&&this.open();const e=t.key==="ArrowDown"?1:-1;this.active=(this.active+e+this.items.length)%this.items.length,this.highlight()}else t.key==="Enter"?(t.preventDefault(),!this.list.hidden&&this.active>=0&&this.items[this.active]?this.pick(this.active):/^[A-Za-z]+:.+/.test(this.input.value.trim())?this.onPick({id:this.input.value.trim()},!0):this.query()):t.key==="Escape"&&(this.list.hidden||(t.preventDefault(),t.stopPropagation(),this.close()))}pick(t){const e=this.items[t];this.close(),this.onPick(e,!1)}}const Xe=a=>encodeURIComponent(a),qe=a=>{try{return decodeURIComponent(a)}catch{return a}},Wn=a=>a?a.split(",").filter(Boolean).map(qe):[],hg=["fa2","circular","community","random"],cg=["community","kind","risk"],fg=["pagerank","networkRisk","degree","uniform"];function gg(){return{centres:[],nodes:[],selected:null,paths:[],hiddenKinds:[],hiddenRels:[],since:null,until:null,layout:"fa2",colorBy:"community",sizeBy:"pagerank"}}function co(a){return new Date(a).toISOString().slice(0,10)}function pg(a){const t=[];return a.centres&&a.centres.length&&t.push("c="+a.centres.map(Xe).join(",")),a.nodes&&a.nodes.length&&t.push("n="+a.nodes.map(Xe).join(",")),a.selected&&t.push("sel="+Xe(a.selected)),a.paths&&a.paths.length&&t.push("p="+a.paths.map(([e,n])=>Xe(e)+"~"+Xe(n)).join(",")),a.hiddenKinds&&a.hiddenKinds.length&&t.push("xk="+a.hiddenKinds.map(Xe).join(",")),a.hiddenRels&&a.hiddenRels.length&&t.push("xr="+a.hiddenRels.map(Xe).join(",")),a.since!==null&&a.since!==void 0&&t.push("since="+co(a.since)),a.until!==null&&a.until!==void 0&&t.push("until="+co(a.until)),a.layout&&a.layout!=="fa2"&&t.push("layout="+Xe(a.layout)),a.colorBy&&a.colorBy!=="community"&&t.push("color="+Xe(a.colorBy)),a.sizeBy&&a.sizeBy!=="pagerank"&&t.push("size="+Xe(a.sizeBy)),t.length?"#"+t.join("&"):""}function fo(a,t){if(!a)return null;const e=Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(a)?a+(t?"T23:59:59.999Z":"T00:00:00Z"):a);return Number.isFinite(e)?e:null}function mg(a){const t=gg(),e=(a||"").replace(/^#/,"");if(!e)return t;for(const n of e.split("&")){const r=n.indexOf("=");if(r<0)continue;const i=n.slice(0,r),o=n.slice(r+1);switch(i){case"c":t.centres=Wn(o);break;case"n":t.nodes=Wn(o);break;case"sel":t.selected=qe(o)||null;break;case"p":t.paths=o.split(",").filter(Boolean).map(s=>s.split("~").map(qe)).filter(s=>s.length===2&&s[0]&&s[1]);break;case"xk":t.hiddenKinds=Wn(o);break;case"xr":t.hiddenRels=Wn(o);break;case"since":t.since=fo(qe(o),!1);break;case"until":t.until=fo(qe(o),!0);break;case"layout":hg.includes(qe(o))&&(t.layout=qe(o));break;case"color":cg.includes(qe(o))&&(t.colorBy=qe(o));break;case"size":fg.includes(qe(o))&&(t.sizeBy=qe(o));break}}return t}const qs="Analytics not ready yet: the server reports its analytics as unavailable (it computes them at start-up, which takes a minute or two on a large graph, or they have not been run). Risk explanations, rankings and DATE/HS scores appear as soon as they are ready.",go=5e3;class vg{constructor(t,e){this.app=t,this.el=e,this.shown=null,this.cache=new Map}get graph(){return this.app.graph}render(){const t=this.app.selected(),e=t.length===1?t[0]:t.length?`multi:${t.join("|")}`:"";if(e===this.shown&&e&&!e.startsWith("multi:")){this.refreshHeader();return}return this.shown=e,_e(this.el),t.length?t.length>1?this.renderMulti(t):this.renderOne(t[0]):this.renderEmpty()}renderEmpty(){this.el.append(R("div",{class:"empty"},R("p",{},R("strong",{},"Nothing selected.")),R("p",{},"Click a node (Shift+click to select several), or pick one from search or the lists."),R("p",{class:"muted"},"Double-click a node to expand it. Press ? for keyboard shortcuts.")))}renderMulti(t){const e=t.filter(r=>this.graph.getNodeAttribute(r,"knownSmuggler")).length,n={};for(const r of t){const i=this.graph.getNodeAttribute(r,"kind");n[i]=(n[i]||0)+1}this.el.append(R("h2",{class:"sel-title"},`${t.length} nodes selected`),R("p",{class:"muted"},Object.entries(n).map(([r,i])=>`${i} ${r}`).join(", "),e?R("strong",{class:"ks-text"},` · ${e} known smuggler${e===1?"":"s"}`):""),R("div",{class:"actions-grid"},be("Expand all (e)",()=>this.app.expand()),be("Group (g)",()=>this.app.group()),be("Pin / unpin (i)",()=>this.app.pinToggle()),be("Hide (h)",()=>this.app.hide()),be("Add neighbours (a)",()=>this.app.selectNeighbours()),be("Remove (Del)",()=>this.app.remove()),t.length===2?be("Paths between them",()=>this.app.openPathDialog(t[0],t[1])):null,be("Clear selection (Esc)",()=>this.app.select(null))),R("ul",{class:"sel-list"},t.slice(0,50).map(r=>R("li",{},po(this.app,r,this.graph.getNodeAttributes(r))))))}updateCounts(){const t=this.shown;if(!t||t.startsWith("multi:")||!this.graph.hasNode(t))return;const e=this.graph.neighbors(t);for(const r of this.el.querySelectorAll("[data-expand-kind]")){const i=r.dataset.expandKind,o=e.filter(l=>this.graph.getNodeAttribute(l,"kind")===i).length,s=r.querySelector(".count");s&&(s.textContent=`${o}/${s.textContent.split("/")[1]}`)}const n=this.el.querySelector("[data-nb-summary]");n&&(n.textContent=`${n.dataset.nbSummary} relationships; ${e.length} neighbours in view.`)}refreshHeader(){const t=this.shown;if(!t||!this.graph.hasNode(t))return;const e=this.el.querySelector("[data-action=pin]");e&&(e.textContent=this.graph.getNodeAttribute(t,"fixed")?"Unpin (i)":"Pin (i)")}renderOne(t){const e=this.graph.getNodeAttributes(t),n=Ne(e.kind),r=R("div",{class:"node-head"+(e.knownSmuggler?" is-ks":"")},R("div",{},R("span",{class:"kind-tag",style:{background:n.color}},n.glyph)," ",R("span",{class:"muted"},e.kind)),R("h2",{class:"node-title",id:"detail-title"},e.label),R("code",{class:"node-id"},t),e.knownSmuggler?R("div",{class:"ks-banner",role:"note"},"KNOWN SMUGGLER",R("span",{id:"ks-detail"})):null,!e.knownSmuggler&&Cs(e,this.app.view)?R("div",{class:"hr-banner",role:"note"},`HIGH NETWORK RISK ${Ae(e.networkRisk)}`):null);if(this.el.append(r),e.isGroup)return this.renderGroup(t,e);const i=R("div",{class:"actions-grid"},be("Expand all (e)",()=>this.app.expand(t),{"data-action":"expand-all",class:"primary"}),be("Paths from here (p)",()=>this.app.openPathDialog(t),{"data-action":"path"}),be(e.fixed?"Unpin (i)":"Pin (i)",()=>this.app.pinToggle([t]),{"data-action":"pin"}),be("Hide (h)",()=>this.app.hide([t])),be("Remove (Del)",()=>this.app.remove([t])),be("Centre view",()=>this.app.focusNode(t,.35)));this.el.append(i);const o=R("section",{class:"block","aria-labelledby":"exp-h"},R("h3",{id:"exp-h"},"Expand by kind"),R("div",{class:"loading"},"Counting neighbours…"));this.el.append(o);const s=R("section",{class:"block","aria-labelledby":"an-h"},R("h3",{id:"an-h"},"Network analytics"),mo(e));this.el.append(s);const l=R("section",{class:"block",id:"risk-profile",tabindex:"-1","aria-labelledby":"rp-h","aria-busy":"true"},R("h3",{id:"rp-h"},"Risk profile"),R("div",{class:"loading"},"Loading risk profile…"));this.el.append(l);const u=e.kind==="Declaration"?R("section",{class:"block","aria-labelledby":"dh-h"},R("h3",{id:"dh-h"},"DATE fraud score and HS check"),R("div",{class:"loading"},"Loading…")):null;u&&this.el.append(u);const d=R("section",{class:"block","aria-labelledby":"pr-h"},R("h3",{id:"pr-h"},"Properties"),R("div",{class:"loading"},"Loading…"));this.el.append(d),this.el.append(this.notesBlock(t)),this.el.append(this.markBlock(t,e)),this.loadCounts(t,o),this.loadDetail(t,d,s,u),this.loadRisk(t,l)}renderGroup(t,e){const n=(e.members||[]).filter(r=>this.graph.hasNode(r));this.el.append(R("div",{class:"actions-grid"},be("Ungroup (u)",()=>this.app.ungroup([t]),{class:"primary"}),be("Pin / unpin (i)",()=>this.app.pinToggle([t])),be("Remove (Del)",()=>this.app.remove([t]))),R("section",{class:"block"},R("h3",{},`${n.length} members`),R("ul",{class:"sel-list"},n.map(r=>R("li",{},po(this.app,r,this.graph.getNodeAttributes(r),!1))))),this.notesBlock(t))}notesBlock(t){const e=R("textarea",{id:"node-notes",rows:"3",placeholder:"Notes on this entity (saved with the investigation)"});return e.value=this.app.model.notes[t]||"",e.addEventListener("input",()=>{e.value?this.app.model.notes[t]=e.value:delete this.app.model.notes[t]}),R("section",{class:"block"},R("h3",{},R("label",{for:"node-notes"},"Notes")),e)}markBlock(t,e){const n=R("input",{id:"mark-reason",placeholder:"reason (required)",maxlength:"300"}),r=be(e.knownSmuggler?"Clear known-smuggler mark":"Mark as known smuggler",async()=>{if(!n.value.trim()){n.focus(),Se("A reason is required.","info");return}r.disabled=!0;try{const i=e.knownSmuggler?await he(Ce.unmark,{id:t,reason:n.value.trim()}):await he(Ce.mark,{id:t,reason:n.value.trim(),source:"manual"}),o=i.markKnownSmuggler||i.unmarkKnownSmuggler;this.app.model.transaction(e.knownSmuggler?"Unmark":"Mark",()=>this.app.model.addApiNodes([o])),this.cache.delete(t),this.shown=null,this.render(),Se(o.knownSmuggler?`${o.label} marked as a known smuggler.`:`Mark cleared on ${o.label}.`,"info")}catch(i){Je("Could not change the mark",i)}finally{r.disabled=!1}});return R("details",{class:"block mark"},R("summary",{},e.knownSmuggler?"Clear the known-smuggler mark…":"Mark as known smuggler…"),R("label",{for:"mark-reason",class:"sr-only"},"Reason"),n,r,R("p",{class:"muted"},"Marks are recorded with the reason; risk scores change at the next analytics run."))}fetch(t,e,n){let r=this.cache.get(t);return r||(r={},this.cache.set(t,r),this.cache.size>200&&this.cache.delete(this.cache.keys().next().value)),r[e]||(r[e]=n().catch(i=>{throw delete r[e],i})),r[e]}stillShowing(t){return this.shown===t}async loadCounts(t,e){try{const n=await this.fetch(t,"counts",()=>he(Ce.neighbourCounts(Re),{id:t}));if(!this.stillShowing(t))return;const r=n.node,i=e.querySelector(".loading"),o=Re.filter(u=>r[u]&&r[u].totalCount>0),s=new Set(this.graph.neighbors(t)),l=R("div",{class:"expand-kinds"});o.length||l.append(R("p",{class:"muted"},"No neighbours."));for(const u of o){const d=Ne(u),h=r[u].totalCount,c=this.graph.neighbors(t).filter(f=>this.graph.getNodeAttribute(f,"kind")===u).length;l.append(R("button",{type:"button",class:"chip","data-expand-kind":u,title:`Load ${u} neighbours (${c} of ${h} already in view)`,onclick:()=>this.app.expand(t,[u])},R("span",{class:"kind-tag",style:{background:d.color}},d.glyph),` ${u} `,R("span",{class:"count"},`${c}/${h}`)))}i.replaceWith(R("p",{class:"muted","data-nb-summary":String(r.all.totalCount)},`${r.all.totalCount} relationships; ${s.size} neighbours in view.`),l)}catch(n){if(!this.stillShowing(t))return;const r=e.querySelector(".loading");r&&r.replaceWith(R("p",{class:"error-text"},`Could not count neighbours: ${Oe(n)}`))}}async loadDetail(t,e,n,r){try{const i=await this.fetch(t,"detail",()=>he(Ce.detail,{id:t}));if(!this.stillShowing(t))return;const o=i.node;if(!o){e.querySelector(".loading").replaceWith(R("p",{class:"error-text"},"This entity no longer exists in the database."));return}const s=document.getElementById("ks-detail");s&&o.knownSmuggler&&(s.textContent=[o.knownSmugglerSince&&` since ${o.knownSmugglerSince}`,o.knownSmugglerSource&&` · source ${o.knownSmugglerSource}`,o.knownSmugglerReason&&` · ${o.knownSmugglerReason}`].filter(Boolean).join("")),n.replaceChildren(n.firstChild,mo(o));const l=(o.properties||[]).map(u=>R("tr",{},R("th",{scope:"row"},u.name),R("td",{},ut(u.value))));e.querySelector(".loading").replaceWith(l.length?R("table",{class:"kv"},R("tbody",{},l)):R("p",{class:"muted"},"No stored properties.")),r&&this.renderDecl(t,o,r)}catch(i){if(!this.stillShowing(t))return;const o=e.querySelector(".loading");o&&o.replaceWith(R("p",{class:"error-text"},`Could not load the details: ${Oe(i)}`))}}renderDecl(t,e,n){const r=e.hsRecommended&&e.hsCode&&e.hsRecommended!==e.hsCode,i=[["DATE illicit probability",e.dateIllicitProb===null||e.dateIllicitProb===void 0?"not scored":Ae(e.dateIllicitProb)],["DATE expected revenue",et(e.dateRevenue,0)],["DATE rank",ut(e.dateRank)],["DATE model",ut(e.dateModel)],["HS declared",e.hsCode||"–"],["HS recommended",e.hsRecommended||"not scored"],["HS mismatch",e.hsMismatch===null||e.hsMismatch===void 0?"–":et(e.hsMismatch)],["Declared code's rank",ut(e.hsDeclaredRank)],["Date",xn(e.date)],["Inspected",e.inspected?`yes${e.illicit?" — illicit":""}${e.critical?` (critical ${e.critical})`:""}`:"no"]],o=R("table",{class:"kv"},R("tbody",{},i.map(([u,d])=>R("tr",{class:u.startsWith("HS")&&r?"mismatch":""},R("th",{scope:"row"},u),R("td",{},d))))),s=[n.firstChild];r&&s.push(R("p",{class:"mismatch-note",role:"note"},`HS mismatch: declared ${e.hsCode}, model suggests ${e.hsRecommended}.`)),s.push(o);const l=R("div",{class:"hs-cands"},R("span",{class:"muted"},"Loading HS suggestions…"));s.push(l),n.replaceChildren(...s),sg({id:t,description:e.description}).then(({candidates:u,by:d})=>{const h=d==="description"?`for “${e.description}”`:"for this declaration";l.replaceChildren(u.length?R("div",{},R("h4",{},`HS model suggestions ${h}`),R("ol",{},u.map(c=>R("li",{class:c.hsCode===e.hsCode?"declared":""},`${c.hsCode} — ${Ae(c.probability)}${c.description?" · "+c.description:""}${c.heading?` (heading ${c.heading})`:""}${c.hsCode===e.hsCode?" (declared)":""}`)))):R("p",{class:"muted"},d==="none"?"No goods description to suggest HS codes from.":"No HS suggestions."))}).catch(u=>{l.replaceChildren(R("p",{class:$t(u)?"muted":"error-text"},$t(u)?"HS model not run yet.":`HS suggestions failed: ${Oe(u)}`))})}async loadRisk(t,e){const n=(...r)=>{e.replaceChildren(e.firstChild,...r.flat().filter(i=>i!=null&&i!==!1)),e.removeAttribute("aria-busy")};try{const r=await this.fetch(t,"risk",()=>lg(t));if(!this.stillShowing(t))return;e.classList.add("risk-ok");const i=(r.factors||[]).slice().sort((s,l)=>Math.abs(l.weight)-Math.abs(s.weight)),o=Math.max(1e-9,...i.map(s=>Math.abs(s.weight)));n(R("div",{class:"risk-score"},R("span",{class:"big"},Ae(r.score))," network risk",R("div",{class:"meter",role:"meter","aria-valuemin":"0","aria-valuemax":"1","aria-valuenow":String(r.score),"aria-label":"network risk"},R("span",{style:{width:`${Math.round(r.score*100)}%`}}))),r.communityId!==null&&r.communityId!==void 0?R("p",{},"Community ",R("button",{type:"button",class:"link",onclick:()=>this.app.lists.openCommunity(r.communityId)},`#${r.communityId}`),r.communitySmugglerShare!==null&&r.communitySmugglerShare!==void 0?R("span",{class:r.communitySmugglerShare>0?"ks-text":"muted",id:"rp-community-share"},` · ${Ae(r.communitySmugglerShare)} of its members are known smugglers`):null):null,yg(r),i.length?R("div",{},R("h4",{},"Why: factors"),R("ul",{class:"factors"},i.map(s=>R("li",{},R("span",{class:"f-name"},s.name),R("span",{class:"f-bar"},R("span",{style:{width:`${Math.round(Math.abs(s.weight)/o*100)}%`}})),R("span",{class:"f-w"},et(s.weight)),s.detail?R("div",{class:"f-detail muted"},s.detail):null)))):R("p",{class:"muted"},"No contributing factors recorded."),R("h4",{},"Shortest links to known smugglers"),r.paths&&r.paths.length?R("ol",{class:"rp-paths"},r.paths.map((s,l)=>R("li",{"data-to":s.nodes[s.nodes.length-1].id,"data-hops":String(s.hops)},R("span",{},`${s.hops} hop${s.hops===1?"":"s"}: `),s.nodes.map((u,d)=>[d?" → ":"",R("span",{class:u.knownSmuggler?"ks-text":""},u.label)])," ",R("button",{type:"button",class:"small","data-rp-path":String(l),onclick:()=>this.app.showPaths([s],[s.nodes[0].id,s.nodes[s.nodes.length-1].id])},"Show on graph")))):R("p",{class:"muted"},"No known smuggler within reach."),R("p",{class:"muted small-print"},`Analysis run ${r.analysisRun||"–"}${r.computedAt?", computed "+xn(r.computedAt):""}.`))}catch(r){if(!this.stillShowing(t))return;if($t(r)){e.classList.add("risk-unavailable"),clearTimeout(this.riskRetry),this.riskRetry=setTimeout(()=>{this.stillShowing(t)&&e.isConnected&&e.classList.contains("risk-unavailable")&&(e.classList.remove("risk-unavailable"),this.loadRisk(t,e))},go);const i=this.graph.hasNode(t)?this.graph.getNodeAttributes(t):{},o=i.networkRisk!==null&&i.networkRisk!==void 0,s=this.graph.filterNodes((l,u)=>u.knownSmuggler&&l!==t&&!u.isGroup).slice(0,5);n(R("p",{class:"notice"},qs),o?R("p",{},"Scores stored on the entity: network risk ",R("strong",{},Ae(i.networkRisk)),i.communityId!==null&&i.communityId!==void 0?`, community #${i.communityId}`:"","."):null,s.length?R("p",{},R("button",{type:"button",class:"small",onclick:()=>this.pathsToKnown(t,s)},`Find paths to the ${s.length} known smuggler${s.length===1?"":"s"} in view`)):null,R("p",{class:"muted"},`Server: ${Oe(r)}. Retrying every ${go/1e3} s while this profile is open.`))}else e.classList.add("risk-error"),n(R("p",{class:"error-text"},`Risk profile failed: ${Oe(r)}`),R("button",{type:"button",class:"small",onclick:()=>{e.classList.remove("risk-error"),this.loadRisk(t,e)}},"Retry"))}}async pathsToKnown(t,e){const n=[];for(const r of e)try{const i=await this.app.busy(`Paths to ${this.app.label(r)}…`,()=>he(Ce.paths,{from:t,to:r,maxHops:8,limit:1}));n.push(...i.paths)}catch(i){Je(`Paths to ${this.app.label(r)} failed`,i)}if(!n.length){Se("No path to the known smugglers in view within 8 hops.","info");return}n.sort((r,i)=>r.hops-i.hops),this.app.showPaths(n,null)}focusRisk(){const t=document.getElementById("risk-profile");t&&(t.scrollIntoView({block:"start"}),t.focus())}}function yg(a){const t=[],e=a.centrality;if(e){const r=[["PageRank rank",e.pagerankRank],["Betweenness rank",e.betweennessRank],["Degree",e.degree],["PageRank",e.pagerank],["Betweenness",e.betweenness]].filter(([,i])=>i!=null);r.length&&t.push(R("div",{id:"rp-centrality"},R("h4",{},"Centrality"),R("table",{class:"kv"},R("tbody",{},r.map(([i,o])=>R("tr",{},R("th",{scope:"row"},i),R("td",{},/rank/.test(i)?`#${ut(o)}`:ut(o))))))))}Array.isArray(a.seizures)&&t.push(R("div",{id:"rp-seizures"},R("h4",{},`Seizures (${a.seizures.length})`),a.seizures.length?R("ul",{class:"sel-list"},a.seizures.map(r=>R("li",{},R("span",{class:"kind-tag",style:{background:Ne("Seizure").color}},Ne("Seizure").glyph),` ${r.label}${r.at?" · "+xn(r.at):""}`))):R("p",{class:"muted"},"No seizures recorded.")));const n=a.corroboration;if(n&&typeof n=="object"){const r=n.sources||[];t.push(R("div",{id:"rp-corroboration"},R("h4",{},"Corroboration"),R("p",{},`Corroborated risk ${et(n.score)}${n.rank?` · rank #${n.rank}`:""}`,R("span",{class:"muted"}," — how many known smugglers reach this entity, and how strongly.")),r.length?R("ul",{class:"sel-list"},r.map(i=>R("li",{"data-share":String(i.share)},i.smugglers.length?i.smugglers.map((o,s)=>[s?", ":"",R("span",{class:o.knownSmuggler?"ks-text":""},o.label)]):R("span",{class:"muted"},"a known smuggler you may not see"),` — walk risk ${Ae(i.risk)}, ${Ae(i.share)} of the score`))):R("p",{class:"muted"},"No known smuggler within reach.")))}for(const[r,i]of[["date","DATE fraud scores (declarations of this entity)"],["hs","HS code checks (declarations of this entity)"]]){const o=a[r];if(!o||typeof o!="object")continue;const s=Object.entries(o).filter(([,l])=>l!=null);s.length&&t.push(R("div",{id:`rp-${r}`},R("h4",{},i),R("table",{class:"kv"},R("tbody",{},s.map(([l,u])=>R("tr",{},R("th",{scope:"row"},bg(l)),R("td",{},typeof u=="number"&&u>=0&&u<=1&&/prob|share|rate|mean|max/i.test(l)?Ae(u):ut(u))))))))}return t}function bg(a){const t=a.replace(/([a-z0-9])([A-Z])/g,"$1 $2").toLowerCase();return t.charAt(0).toUpperCase()+t.slice(1)}function be(a,t,e={}){return R("button",{type:"button",...e,onclick:t},a)}function po(a,t,e,n=!0){const r=Ne(e.kind);return R("button",{type:"button",class:"node-link"+(e.knownSmuggler?" ks":""),onclick:()=>n?a.select(t,{focus:!0}):a.focusNode(t)},R("span",{class:"kind-tag",style:{background:r.color}},r.glyph)," ",e.label)}function mo(a){const t=[["Network risk",a.networkRisk===null||a.networkRisk===void 0?"not computed":Ae(a.networkRisk)],["Community",a.communityId===null||a.communityId===void 0?"–":`#${a.communityId}`],["PageRank",et(a.pagerank,5)],["Betweenness",a.betweenness===void 0?"…":et(a.betweenness,4)],["Degree",ut(a.degree)],["Event time",a.at?xn(a.at):"–"]];return R("table",{class:"kv"},R("tbody",{},t.map(([e,n])=>R("tr",{},R("th",{scope:"row"},e),R("td",{},n)))))}function De(a){return String(a??"").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,"").replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&apos;")}const da=[["label","string"],["kind","string"],["at","string"],["knownSmuggler","boolean"],["communityId","int"],["pagerank","double"],["networkRisk","double"],["degree","int"],["pinned","boolean"],["note","string"],["x","double"],["y","double"],["color","string"],["size","double"]],Qn=[["kind","string"],["at","string"]];function Vs(a,t,e){return{label:t.label,kind:t.kind,at:t.at,knownSmuggler:!!t.knownSmuggler,communityId:t.communityId,pagerank:t.pagerank,networkRisk:t.networkRisk,degree:t.degree,pinned:!!t.fixed,note:e.notes?e.notes[a]:null,x:t.x,y:t.y,color:Ls(t,e.view),size:Ps(t,e.view,e.stats)}}function*js(a,t){for(const e of a.nodes()){const n=a.getNodeAttributes(e);t.nodeFilter&&!t.nodeFilter(e,n)||(yield[e,n])}}function*Ks(a,t,e){for(const n of a.edges()){const r=a.source(n),i=a.target(n);if(!e.has(r)||!e.has(i))continue;const o=a.getEdgeAttributes(n);t.edgeFilter&&!t.edgeFilter(n,o)||(yield[n,r,i,o])}}const Bt=a=>a!=null&&!(typeof a=="number"&&Number.isNaN(a));function xg(a,t){const e=['<?xml version="1.0" encoding="UTF-8"?>','<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'];for(const[r,i]of da)e.push(`  <key id="n_${r}" for="node" attr.name="${r}" attr.type="${i}"/>`);for(const[r,i]of Qn)e.push(`  <key id="e_${r}" for="edge" attr.name="${r}" attr.type="${i}"/>`);e.push('  <graph id="borderlens" edgedefault="directed">');const n=new Set;for(const[r,i]of js(a,t)){n.add(r);const o=Vs(r,i,t);e.push(`    <node id="${De(r)}">`);for(const[s]of da)Bt(o[s])&&e.push(`      <data key="n_${s}">${De(o[s])}</data>`);e.push("    </node>")}for(const[r,i,o,s]of Ks(a,t,n)){e.push(`    <edge id="${De(r)}" source="${De(i)}" target="${De(o)}">`);for(const[l]of Qn)Bt(s[l])&&e.push(`      <data key="e_${l}">${De(s[l])}</data>`);e.push("    </edge>")}return e.push("  </graph>","</graphml>",""),e.join(`
`)}function _g(a){const t=/^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(a||"");return t?[parseInt(t[1],16),parseInt(t[2],16),parseInt(t[3],16)]:[128,128,128]}const vo={string:"string",boolean:"boolean",int:"integer",double:"double"};function Sg(a,t,e=new Date){const n=da.filter(([o])=>!["label","x","y","color","size"].includes(o)),r=['<?xml version="1.0" encoding="UTF-8"?>','<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',`  <meta lastmodifieddate="${e.toISOString().slice(0,10)}"><creator>BorderLens</creator><description>BorderLens investigation export</description></meta>`,'  <graph defaultedgetype="directed" mode="static">','    <attributes class="node">'];for(const[o,s]of n)r.push(`      <attribute id="${o}" title="${o}" type="${vo[s]}"/>`);r.push("    </attributes>",'    <attributes class="edge">');for(const[o,s]of Qn)r.push(`      <attribute id="${o}" title="${o}" type="${vo[s]}"/>`);r.push("    </attributes>","    <nodes>");const i=new Set;for(const[o,s]of js(a,t)){i.add(o);const l=Vs(o,s,t);r.push(`      <node id="${De(o)}" label="${De(l.label)}">`);const u=n.filter(([f])=>Bt(l[f]));if(u.length){r.push("        <attvalues>");for(const[f]of u)r.push(`          <attvalue for="${f}" value="${De(l[f])}"/>`);r.push("        </attvalues>")}const[d,h,c]=_g(l.color);r.push(`        <viz:color r="${d}" g="${h}" b="${c}"/>`),Bt(l.x)&&Bt(l.y)&&r.push(`        <viz:position x="${+l.x}" y="${+l.y}" z="0"/>`),r.push(`        <viz:size value="${+l.size}"/>`),r.push("      </node>")}r.push("    </nodes>","    <edges>");for(const[o,s,l,u]of Ks(a,t,i)){r.push(`      <edge id="${De(o)}" source="${De(s)}" target="${De(l)}" label="${De(u.kind)}">`);const d=Qn.filter(([h])=>Bt(u[h]));if(d.length){r.push("        <attvalues>");for(const[h]of d)r.push(`          <attvalue for="${h}" value="${De(u[h])}"/>`);r.push("        </attvalues>")}r.push("      </edge>")}return r.push("    </edges>","  </graph>","</gexf>",""),r.join(`
`)}function yo(a){if(a==null)return"";let t=typeof a=="number"?Number.isFinite(a)?String(a):"":String(a);return typeof a=="string"&&/^[=+\-@\t\r]/.test(t)&&(t="'"+t),/[",\r\n]/.test(t)?`"${t.replace(/"/g,'""')}"`:t}function Xs(a,t){const e=[t.map(([n])=>yo(n)).join(",")];for(const n of a)e.push(t.map(([,r])=>yo(r(n))).join(","));return e.join(`\r
`)+`\r
`}const Ys="borderlens-investigation",Zs=1;function bo(a){return JSON.stringify({format:Ys,version:Zs,...a},null,1)}function xo(a){let t;try{t=JSON.parse(a)}catch(e){throw new Error(`not JSON: ${e.message}`)}if(!t||t.format!==Ys)throw new Error("not a BorderLens investigation file");if(t.version>Zs)throw new Error(`investigation version ${t.version} is newer than this UI understands`);if(!t.graph||!Array.isArray(t.graph.nodes))throw new Error("investigation has no graph");return t}const Ur=60;class Tg{constructor(t){this.app=t,this.loaded={},this.data={risk:[],communities:[],inspection:[]},this.riskKind="parties",this.riskOrder="NETWORK_RISK"}ensure(t){this.loaded[t]||this.load(t)}panel(t){return document.getElementById(`panel-${t}`)}frame(t,e,{onRefresh:n,onCSV:r,controls:i=null,note:o=null}){const s=_e(this.panel(t)),l=R("div",{class:"list-body"});return s.append(R("div",{class:"list-head"},R("h2",{},e),R("div",{class:"list-tools"},i,R("button",{type:"button",class:"small",onclick:n,title:"Reload"},"Refresh"),R("button",{type:"button",class:"small",onclick:r,title:"Download as CSV","data-csv":t},"CSV"))),o?R("p",{class:"muted small-print"},o):null,l),l}loading(t,e){t.closest("[role=tabpanel]").setAttribute("aria-busy","true"),_e(t).append(R("div",{class:"loading"},R("span",{class:"spinner","aria-hidden":"true"}),e))}failed(t,e,n=null){const r=t.closest("[role=tabpanel]");r.removeAttribute("aria-busy"),$t(e)&&(this.loaded[r.id.replace(/^panel-/,"")]=!1),_e(t).append($t(e)?R("p",{class:"notice"},qs,R("br"),R("span",{class:"muted"},`Server: ${Oe(e)}`)):R("p",{class:"error-text"},`Could not load: ${Oe(e)}`)),$t(e)&&n&&n(t)}inView(t){const e=[];return this.app.graph.forEachNode((n,r)=>{!r.isGroup&&t(r)&&e.push({id:n,...r})}),e}riskFallback(t){const e=Wi(this.riskKind),n=this.inView(r=>r.networkRisk!==null&&r.networkRisk!==void 0&&(!e||e.includes(r.kind))).sort((r,i)=>i.networkRisk-r.networkRisk).slice(0,100);n.length&&(this.data.risk=n.map((r,i)=>({rank:i+1,score:r.networkRisk,node:r})),t.append(R("h3",{class:"fallback-h"},"Riskiest entities in view"),R("p",{class:"muted small-print"},"Ranked here from the network risk stored on each loaded entity; the server-wide ranking needs topRisk."),R("table",{class:"list",id:"top-risk-table"},R("thead",{},R("tr",{},R("th",{scope:"col"},"#"),R("th",{scope:"col"},"Entity"),R("th",{scope:"col",class:"num"},"Risk"))),R("tbody",{},this.data.risk.map(r=>this.row([R("td",{class:"num"},r.rank),R("td",{},_o(r.node)),R("td",{class:"num"},Un(r.score))],()=>this.app.select(r.node.id,{focus:!0}),r.node.knownSmuggler?"ks-row":""))))))}communityFallback(t){const e=new Map;for(const r of this.inView(i=>i.communityId!==null&&i.communityId!==void 0)){const i=e.get(r.communityId)||{id:r.communityId,size:0,knownSmugglers:0,riskSum:0,riskN:0,ids:[]};i.size++,i.ids.push(r.id),r.knownSmuggler&&i.knownSmugglers++,r.networkRisk!==null&&r.networkRisk!==void 0&&(i.riskSum+=r.networkRisk,i.riskN++),e.set(r.communityId,i)}const n=[...e.values()].map(r=>({...r,smugglerShare:r.knownSmugglers/r.size,risk:r.riskN?r.riskSum/r.riskN:null})).sort((r,i)=>i.smugglerShare-r.smugglerShare||(i.risk??0)-(r.risk??0)||i.size-r.size);n.length&&(this.data.communities=n,t.append(R("h3",{class:"fallback-h"},"Communities in view"),R("p",{class:"muted small-print"},"Counted over the loaded entities only, from the community id stored on each; selecting a row selects its members in view."),R("table",{class:"list",id:"communities-table"},R("thead",{},R("tr",{},R("th",{scope:"col"},"Community"),R("th",{scope:"col",class:"num"},"In view"),R("th",{scope:"col",class:"num"},"Smugglers"),R("th",{scope:"col",class:"num"},"Share"),R("th",{scope:"col",class:"num"},"Mean risk"))),R("tbody",{},n.map(r=>this.row([R("td",{},`#${r.id}`),R("td",{class:"num"},r.size),R("td",{class:"num"+(r.knownSmugglers?" ks-text":"")},r.knownSmugglers),R("td",{class:"num"},Ae(r.smugglerShare)),R("td",{class:"num"},r.risk===null?"–":Un(r.risk))],()=>this.app.selectMany(r.ids),r.knownSmugglers?"ks-row":""))))))}done(t){t.closest("[role=tabpanel]").removeAttribute("aria-busy")}load(t){if(this.loaded[t]=!0,t==="risk")return this.loadRisk();if(t==="communities")return this.loadCommunities();if(t==="inspection")return this.loadInspection()}csv(t,e,n){if(!e.length){Se("Nothing to export yet.","info");return}Tt(`borderlens-${t}-${Mt()}.csv`,Xs(e,n),"text/csv;charset=utf-8")}row(t,e,n="",r={}){const i=R("tr",{class:`clickable ${n}`,tabindex:"0",...r},t);return i.addEventListener("click",e),i.addEventListener("keydown",o=>{(o.key==="Enter"||o.key===" ")&&(o.preventDefault(),e())}),i}async loadRisk(){const t=R("select",{"aria-label":"Kind",class:"small",id:"top-risk-kind"},R("option",{value:"parties"},"traders & passengers"),R("option",{value:""},"all kinds"),Re.map(o=>R("option",{value:o},o)));t.value=this.riskKind,t.addEventListener("change",()=>{this.riskKind=t.value,this.loadRisk()});let e=[];try{e=(await At()).riskOrders||[]}catch{}const n=e.includes("CORROBORATED")?R("select",{"aria-label":"Rank by",class:"small",id:"top-risk-order"},[["NETWORK_RISK","by network risk"],["CORROBORATED","by corroboration"]].map(([o,s])=>R("option",{value:o},s))):null;n&&(n.value=this.riskOrder,n.addEventListener("change",()=>{this.riskOrder=n.value,this.loadRisk()}));const r=!!n&&this.riskOrder==="CORROBORATED",i=this.frame("risk",r?"Top-risk entities by corroboration":"Top-risk entities",{controls:[t,n],onRefresh:()=>this.loadRisk(),onCSV:()=>this.csv("top-risk",this.data.risk,[["rank",o=>o.rank],["id",o=>o.node.id],["kind",o=>o.node.kind],["label",o=>o.node.label],["score",o=>o.score],...n?[["corroboratedScore",o=>o.corroboratedScore]]:[],["knownSmuggler",o=>o.node.knownSmuggler],["communityId",o=>o.node.communityId]]),note:r?"Corroborated risk: entities reached from several known smugglers first (walks from each smuggler, (Σ √risk)²). Enter or click opens the entity.":"Network risk propagated from known smugglers. Enter or click opens the entity."});this.loading(i,"Loading top-risk entities…");try{const o=await uo({first:100,kinds:Wi(this.riskKind),order:this.riskOrder});if(this.data.risk=o.items,this.done(i),!o.items.length){_e(i).append(R("p",{class:"muted"},"No scored entities."));return}const s=o.order==="CORROBORATED";_e(i).append(R("p",{class:"muted small-print",id:"top-risk-count"},`${o.items.length} of ${o.totalCount.toLocaleString("en")} scored entities.`),R("table",{class:"list",id:"top-risk-table","data-order":o.order},R("thead",{},R("tr",{},R("th",{scope:"col"},"#"),R("th",{scope:"col"},"Entity"),R("th",{scope:"col",class:"num"},"Risk"),s?R("th",{scope:"col",class:"num",title:"(Σ √risk)² over the walks from each known smuggler"},"Corroborated"):null)),R("tbody",{},o.items.map(l=>this.row([R("td",{class:"num"},l.rank),R("td",{},_o(l.node)),R("td",{class:"num"},Un(l.score)),s?R("td",{class:"num corr"},et(l.corroboratedScore)):null],()=>this.app.openEntity(l.node.id,{node:l.node}),l.node.knownSmuggler?"ks-row":"",{"data-id":l.node.id})))))}catch(o){if(yf(this.riskKind,o))return this.riskKind="",this.loadRisk();this.failed(i,o,s=>this.riskFallback(s))}}async communityIds(){const t=new Set;if(this.app.graph.forEachNode((e,n)=>{n.communityId!==null&&n.communityId!==void 0&&t.add(n.communityId)}),t.size<Ur)try{const e=await uo({first:200});for(const n of e.items)n.node.communityId!==null&&n.node.communityId!==void 0&&t.add(n.node.communityId)}catch(e){if(!t.size)throw e}return[...t].slice(0,Ur)}async loadCommunities(){const t=R("select",{"aria-label":"Order communities by",class:"small",id:"communities-order"},[["SMUGGLER_SHARE","by smuggler share"],["SIZE","by size"],["RISK","by mean risk"]].map(([n,r])=>R("option",{value:n},r)));t.value=this.communityOrder||"SMUGGLER_SHARE",t.addEventListener("change",()=>{this.communityOrder=t.value,this.loadCommunities()});const e=this.frame("communities","Communities by smuggler share",{controls:t,onRefresh:()=>this.loadCommunities(),onCSV:()=>this.csv("communities",this.data.communities,[["communityId",n=>n.id],["size",n=>n.size],["knownSmugglers",n=>n.knownSmugglers],["smugglerShare",n=>n.smugglerShare],["meanRisk",n=>n.risk]]),note:"Communities found by the last analytics run. Enter or click loads a community's members and the links among them."});this.loading(e,"Loading communities…");try{let n=null,r=0,i=!1;const o=await rg({first:100,orderBy:t.value});if(o)n=o.items,r=o.totalCount;else{t.hidden=!0,i=!0;const l=await this.communityIds();if(!l.length){this.done(e),_e(e).append(R("p",{class:"muted"},"No communities known yet: load some entities, or run analytics."));return}const u=await Eg(l,6,d=>ho(d).catch(h=>h));if(n=u.filter(d=>d&&!(d instanceof Error)),!n.length){const d=u.find(h=>h instanceof Error);if(d)throw d}r=n.length}const s={SMUGGLER_SHARE:l=>l.smugglerShare,SIZE:l=>l.size,RISK:l=>l.risk??0}[t.value]||(l=>l.smugglerShare);if(i&&n.sort((l,u)=>s(u)-s(l)||u.knownSmugglers-l.knownSmugglers||u.size-l.size||l.id-u.id),this.data.communities=n,this.done(e),!n.length){_e(e).append(R("p",{class:"muted"},"No communities."));return}_e(e).append(R("p",{class:"muted small-print",id:"communities-count"},i?`The server lists no communities: ${n.length} communities of the entities in view and of the 200 riskiest entities (at most ${Ur}).`:`${n.length} of ${r.toLocaleString("en")} communities.`),R("table",{class:"list",id:"communities-table"},R("thead",{},R("tr",{},R("th",{scope:"col"},"Community"),R("th",{scope:"col",class:"num"},"Size"),R("th",{scope:"col",class:"num"},"Smugglers"),R("th",{scope:"col",class:"num"},"Share"),R("th",{scope:"col",class:"num"},"Mean risk"))),R("tbody",{},n.map(l=>this.row([R("td",{},`#${l.id}`),R("td",{class:"num"},l.size.toLocaleString("en")),R("td",{class:"num"+(l.knownSmugglers?" ks-text":"")},l.knownSmugglers),R("td",{class:"num"},Ae(l.smugglerShare)),R("td",{class:"num"},l.risk===null||l.risk===void 0?"–":Un(l.risk))],()=>this.openCommunity(l.id),l.knownSmugglers?"ks-row":"",{"data-community":l.id,"data-share":l.smugglerShare})))))}catch(n){this.failed(e,n,r=>this.communityFallback(r))}}async openCommunity(t){try{const e=await this.app.busy(`Loading community #${t}…`,()=>ho(t,{membersFirst:100})),n=e.members;if(!n.length){Se(`Community #${t} has no members.`,"info");return}const r=await this.app.busy("Loading links…",()=>he(Ce.subgraph,{centers:n.map(o=>o.id),depth:0,limit:200}));let i=[];this.app.model.transaction(`Community #${t}`,()=>{i=this.app.model.addApiNodes(n),this.app.model.addApiEdges(r.subgraph.edges)});for(const o of n)this.app.ensureKindShown(o.kind);this.app.afterLoad(i),this.app.setStatus(`Community #${t}: ${e.size} members, ${e.knownSmugglers} known smugglers; ${n.length} loaded.`),this.app.selectMany(n.map(o=>o.id)),requestAnimationFrame(()=>this.app.fit())}catch(e){Je(`Could not open community #${t}`,e)}}async loadInspection(){const t=this.app.filters;this.inspect=this.inspect||{strategy:"ILLICIT",rate:""};const e=R("select",{"aria-label":"Rank declarations by",class:"small",id:"inspection-strategy"},R("option",{value:"ILLICIT"},"by P(illicit)"),R("option",{value:"REVENUE"},"by expected revenue"));e.value=this.inspect.strategy;const n=R("select",{"aria-label":"Inspection rate",class:"small",id:"inspection-rate",title:"Share of declarations that can be inspected"},R("option",{value:""},"top 100"),["0.01","0.02","0.05","0.1"].map(i=>R("option",{value:i},`${+i*100}% rate`)));n.value=this.inspect.rate,e.addEventListener("change",()=>{this.inspect.strategy=e.value,this.loadInspection()}),n.addEventListener("change",()=>{this.inspect.rate=n.value,this.loadInspection()});const r=this.frame("inspection","Inspection list",{controls:[e,n],onRefresh:()=>this.loadInspection(),onCSV:()=>this.csv("inspection",this.data.inspection,[["rank",i=>i.rank],["declaration",i=>i.declaration.id],["date",i=>i.declaration.date],["office",i=>i.declaration.officeId],["illicitProbability",i=>i.illicitProbability],["expectedRevenue",i=>i.expectedRevenue],["explore",i=>i.explore],["hsDeclared",i=>i.declaration.hsCode],["hsRecommended",i=>i.declaration.hsRecommended],["hsMismatch",i=>i.hsMismatch],["hsMismatchScore",i=>i.hsMismatchScore],["reasons",i=>i.reasons.join("; ")]]),note:`Declarations ranked by the DATE fraud score${t.since!==null||t.until!==null?", within the time window":""}. Rows whose declared HS code the HS model disputes are highlighted (≠ shows its suggestion).`});this.loading(r,"Loading inspection list…");try{const i={first:100,strategy:this.inspect.strategy};this.inspect.rate&&(i.rate=+this.inspect.rate,i.first=500),t.since!==null&&(i.since=new Date(t.since).toISOString()),t.until!==null&&(i.until=new Date(t.until).toISOString());const o=await ig(i);if(e.hidden=!o.args.includes("strategy"),n.hidden=!o.args.includes("rate"),this.data.inspection=o.items,this.done(r),!o.items.length){_e(r).append(R("p",{class:"muted"},"No declarations to inspect."));return}const s=o.items.filter(l=>l.hsMismatch).length;_e(r).append(R("p",{class:"muted small-print",id:"inspection-count"},`${o.items.length} of ${o.totalCount.toLocaleString("en")} declarations; ${s} with an HS mismatch.`),R("table",{class:"list",id:"inspection-table"},R("thead",{},R("tr",{},R("th",{scope:"col"},"#"),R("th",{scope:"col"},"Declaration"),R("th",{scope:"col",class:"num",title:"DATE probability that the declaration is illicit"},"P(illicit)"),R("th",{scope:"col",class:"num",title:"DATE expected additional revenue"},"Revenue"),R("th",{scope:"col",title:"Declared HS code; ≠ shows the HS model's suggestion when they disagree"},"HS"))),R("tbody",{},o.items.map(l=>{const u=l.declaration,d=l.hsMismatch;return this.row([R("td",{class:"num"},l.rank),R("td",{},R("span",{class:"ent-label"+(u.knownSmuggler?" ks-text":"")},u.label),l.explore?R("span",{class:"explore-badge",title:"picked to explore: the model is unsure here"},"explore"):null,R("div",{class:"muted small-print clamp2",title:l.reasons.join(`
`)},[xn(u.date||u.at),u.officeId,l.reasons.join(", ")].filter(Boolean).join(" · "))),R("td",{class:"num"},Ae(l.illicitProbability)),R("td",{class:"num"},et(l.expectedRevenue,0)),R("td",{class:d?"hs-mm":"hs"},R("div",{},u.hsCode||"–"),d?R("div",{class:"hs-rec",title:`HS model suggests ${u.hsRecommended||"another code"}${l.hsMismatchScore!==null?` (P(declared code wrong) ${Ae(l.hsMismatchScore)})`:""}`},`≠ ${u.hsRecommended||"?"}`):null)],()=>this.app.openEntity(u.id,{node:u}),d?"mm-row":"",{"data-id":u.id,"data-mismatch":d?"1":"0"})}))))}catch(i){this.failed(r,i)}}}function _o(a){const t=Ne(a.kind);return R("span",{class:"entity"+(a.knownSmuggler?" ks":"")},R("span",{class:"kind-tag",style:{background:t.color}},t.glyph)," ",R("span",{class:"ent-label"},a.label),a.knownSmuggler?R("span",{class:"ks-badge"},"KS"):null)}function Un(a){return R("span",{class:"rbar-wrap",title:Ae(a)},R("span",{class:"rbar-text"},et(a,2)),R("span",{class:"rbar","aria-hidden":"true"},R("span",{class:"rbar-fill",style:{width:`${Math.round(Math.max(0,Math.min(1,a))*100)}%`}})))}async function Eg(a,t,e){const n=new Array(a.length);let r=0;const i=async()=>{for(;r<a.length;){const o=r++;n[o]=await e(a[o],o)}};return await Promise.all(Array.from({length:Math.min(t,a.length)},i)),n}class wg{constructor(t){this.app=t}ctx(){const t=this.app;return{view:t.view,stats:t.stats,notes:t.model.notes,nodeFilter:(e,n)=>dt(n,t.filters),edgeFilter:(e,n)=>Na(n,t.filters,t.graph)}}async run(t){try{const e=this.app;if(!e.graph.order&&t!=="json"){Se("The graph is empty: nothing to export.","info");return}switch(t){case"png":await this.png();break;case"graphml":Tt(`borderlens-${Mt()}.graphml`,xg(e.graph,this.ctx()),"application/graphml+xml");break;case"gexf":Tt(`borderlens-${Mt()}.gexf`,Sg(e.graph,this.ctx()),"application/gexf+xml");break;case"nodes-csv":{const n=[];e.graph.forEachNode((r,i)=>{dt(i,e.filters)&&n.push({id:r,...i})}),Tt(`borderlens-nodes-${Mt()}.csv`,Xs(n,[["id",r=>r.id],["kind",r=>r.kind],["label",r=>r.label],["at",r=>r.at],["knownSmuggler",r=>!!r.knownSmuggler],["networkRisk",r=>r.networkRisk],["communityId",r=>r.communityId],["pagerank",r=>r.pagerank],["degree",r=>r.degree],["pinned",r=>!!r.fixed],["note",r=>e.model.notes[r.id]||""]]),"text/csv;charset=utf-8");break}case"json":this.app.investigations.downloadCurrent();break}e.setStatus(`Exported ${t.toUpperCase()}`)}catch(e){Je(`Export ${t} failed`,e)}}pngBlob(){const t=this.app.renderer,e=t.getContainer(),n=t.getStageCanvas(),r=n.width,i=n.height,o=r/Math.max(1,n.clientWidth||r),s=Math.round(30*o),l=document.createElement("canvas");l.width=r,l.height=i+s;const u=l.getContext("2d");u.fillStyle="#fbfbfc",u.fillRect(0,0,r,i+s);let d=!1;const h=()=>{for(const p of e.querySelectorAll("canvas"))p.width&&p.height&&p.style.display!=="none"&&u.drawImage(p,0,0,r,i);d=!0};t.once("afterRender",h),t.refresh(),d||(t.removeListener("afterRender",h),h()),u.fillStyle="#ffffff",u.fillRect(0,i,r,s),u.fillStyle="#222",u.font=`${Math.round(12*o)}px sans-serif`;const c=this.app.visibleCounts(),f=`BorderLens · ${new Date().toISOString().slice(0,16).replace("T"," ")} UTC · ${c.nodes} nodes, ${c.edges} links`;u.fillText(f,8*o,i+s*.68);let g=8*o+u.measureText(f).width+20*o;for(const[p,v]of[[Fa,"known smuggler"],[Ds,"high network risk"]])u.strokeStyle=p,u.lineWidth=3*o,u.beginPath(),u.arc(g,i+s/2,6*o,0,Math.PI*2),u.stroke(),u.fillText(v,g+12*o,i+s*.68),g+=12*o+u.measureText(v).width+20*o;return new Promise((p,v)=>l.toBlob(m=>m?p(m):v(new Error("the canvas could not be encoded")),"image/png"))}async png(){const t=await this.pngBlob();Tt(`borderlens-${Mt()}.png`,t,"image/png")}}const Hr="borderlens.investigations.v1",qr=a=>`borderlens.investigation.${a}`;class kg{constructor(t){this.app=t,this.currentId=null,this.currentName="",this.globalNotes="";const e=n=>document.getElementById(n);e("btn-save").addEventListener("click",()=>this.openSave()),e("btn-open").addEventListener("click",()=>this.openOpen()),e("save-cancel").addEventListener("click",()=>e("dlg-save").close()),e("open-close").addEventListener("click",()=>e("dlg-open").close()),e("save-form").addEventListener("submit",n=>{n.preventDefault(),this.saveLocal()}),e("save-file").addEventListener("click",()=>{this.readForm(),this.downloadCurrent(),e("dlg-save").close()}),e("open-file").addEventListener("change",n=>this.importFile(n.target.files[0]))}index(){try{return JSON.parse(localStorage.getItem(Hr)||"[]")}catch{return[]}}snapshot(){const t=this.app;return{name:this.currentName||"Untitled investigation",notes:this.globalNotes,savedAt:new Date().toISOString(),graph:t.graph.export(),nodeNotes:{...t.model.notes},filters:{hiddenKinds:Re.filter(e=>!t.filters.kinds.has(e)),hiddenRels:Ee.filter(e=>!t.filters.rels.has(e)),since:t.filters.since,until:t.filters.until},view:{colorBy:t.view.colorBy,sizeBy:t.view.sizeBy},layout:t.layoutName,camera:t.renderer.getCamera().getState(),path:{pairs:t.path.pairs,nodes:[...t.path.nodes],edges:[...t.path.edges]}}}openSave(){const t=e=>document.getElementById(e);t("save-name").value=this.currentName||Rg(this.app),t("save-notes").value=this.globalNotes,t("save-msg").textContent=this.app.graph.order?`${this.app.graph.order} nodes and ${this.app.graph.size} links will be saved.`:"The graph is empty.",t("save-msg").className="form-msg",t("dlg-save").showModal(),t("save-name").select()}readForm(){this.currentName=document.getElementById("save-name").value.trim()||"Untitled investigation",this.globalNotes=document.getElementById("save-notes").value}saveLocal(){this.readForm();const t=this.snapshot(),e=this.index(),n=e.find(o=>o.name===t.name),r=n?n.id:`${Date.now().toString(36)}${Math.random().toString(36).slice(2,6)}`;try{localStorage.setItem(qr(r),bo(t))}catch(o){const s=document.getElementById("save-msg");s.textContent=`Could not save in the browser (${o.name==="QuotaExceededError"?"storage full: download the JSON file instead":o.message}).`,s.className="form-msg error";return}const i={id:r,name:t.name,savedAt:t.savedAt,nodes:this.app.graph.order,edges:this.app.graph.size};localStorage.setItem(Hr,JSON.stringify([i,...e.filter(o=>o.id!==r)])),this.currentId=r,document.getElementById("dlg-save").close(),Se(`Saved "${t.name}" in this browser.`,"info")}downloadCurrent(){const t=this.snapshot();Tt(`${So(t.name)}-${Mt()}.borderlens.json`,bo(t),"application/json")}openOpen(){const t=_e(document.getElementById("open-list")),e=this.index();document.getElementById("open-msg").textContent="",e.length?t.append(R("table",{class:"list"},R("thead",{},R("tr",{},R("th",{scope:"col"},"Name"),R("th",{scope:"col"},"Saved"),R("th",{scope:"col",class:"num"},"Nodes"),R("th",{scope:"col"},R("span",{class:"sr-only"},"Actions")))),R("tbody",{},e.map(n=>R("tr",{},R("td",{},n.name),R("td",{},n.savedAt.slice(0,16).replace("T"," ")),R("td",{class:"num"},n.nodes),R("td",{class:"row-actions"},R("button",{type:"button",class:"small primary",onclick:()=>this.openLocal(n.id)},"Open"),R("button",{type:"button",class:"small",onclick:()=>this.downloadLocal(n.id)},"JSON"),R("button",{type:"button",class:"small danger",onclick:()=>this.deleteLocal(n.id)},"Delete"))))))):t.append(R("p",{class:"muted"},"No investigations saved in this browser yet.")),document.getElementById("dlg-open").showModal()}loadText(t){const e=localStorage.getItem(qr(t));if(!e)throw new Error("the saved investigation is missing from browser storage");return e}openLocal(t){try{const e=xo(this.loadText(t));this.apply(e),this.currentId=t,document.getElementById("dlg-open").close()}catch(e){Je("Could not open the investigation",e)}}downloadLocal(t){try{const e=this.loadText(t),n=JSON.parse(e);Tt(`${So(n.name)}.borderlens.json`,e,"application/json")}catch(e){Je("Could not download",e)}}deleteLocal(t){const e=this.index().find(n=>n.id===t);!e||!window.confirm(`Delete "${e.name}" from this browser?`)||(localStorage.removeItem(qr(t)),localStorage.setItem(Hr,JSON.stringify(this.index().filter(n=>n.id!==t))),this.openOpen())}async importFile(t){if(!t)return;const e=document.getElementById("open-msg");try{const n=xo(await t.text());this.apply(n),this.currentId=null,document.getElementById("dlg-open").close()}catch(n){e.textContent=`Could not import ${t.name}: ${n.message}`,e.className="form-msg error"}finally{document.getElementById("open-file").value=""}}apply(t){const e=this.app;e.replaceGraph(t.graph),e.model.notes={...t.nodeNotes||{}};const n=t.filters||{};e.filters.kinds=new Set(Re.filter(r=>!(n.hiddenKinds||[]).includes(r))),e.filters.rels=new Set(Ee.filter(r=>!(n.hiddenRels||[]).includes(r))),e.filters.since=n.since??null,e.filters.until=n.until??null,t.view&&Object.assign(e.view,{colorBy:t.view.colorBy||"community",sizeBy:t.view.sizeBy||"pagerank"}),e.layoutName=t.layout||"fa2",this.currentName=t.name||"",this.globalNotes=t.notes||"",e.renderFilters(),e.refresh(),t.path&&t.path.edges&&t.path.edges.length&&(e.highlightPaths([{nodes:t.path.nodes.map(r=>({id:r,label:e.label(r)})),edges:t.path.edges.map(r=>({id:r})),hops:0}],null),e.path.pairs=t.path.pairs||[]),t.camera&&requestAnimationFrame(()=>e.renderer.getCamera().setState(t.camera)),e.afterGraphChange(),Se(`Opened "${t.name}": ${e.graph.order} nodes, ${e.graph.size} links.`,"info")}}function So(a){return(a||"investigation").toLowerCase().replace(/[^a-z0-9]+/g,"-").replace(/^-|-$/g,"").slice(0,60)||"investigation"}function Rg(a){const t=a.graph.filterNodes((e,n)=>n.centre).slice(0,2).map(e=>a.label(e));return t.length?`Investigation: ${t.join(", ")}`:`Investigation ${new Date().toISOString().slice(0,10)}`}const Vr=5e3,To=5e3;function Ag({nodes:a,edges:t,slow:e=!1,legacy:n=!1}){const r={hideEdgesOnMove:t>(e?300:To),hideLabelsOnMove:a>(e?1e3:Vr),labelDensity:a>Vr?.25:a>1e3?.45:.6,labelRenderedSizeThreshold:a>Vr?12:9},i=t<=(e?5e3:2e4);return n?{settings:{...r,enableEdgeEvents:!0},arrows:i,skipPickingWhileMoving:!1,previewWhileMoving:!1}:{settings:{...r,enableEdgeEvents:t<=To},arrows:i,skipPickingWhileMoving:!0,previewWhileMoving:e&&a+t>2e3}}function Dg(a,t,e,n){const r=t.x-a.x,i=t.y-a.y,o=n.x-e.x,s=n.y-e.y,l=r*r+i*i;if(!(l>0))return null;const u=(o*r+s*i)/l,d=(s*r-o*i)/l,h=e.x-(u*a.x-d*a.y),c=e.y-(d*a.x+u*a.y);return[u,d,-d,u,h,c]}function jr(a){const t=a.getMouseCaptor();return!!(a.getCamera().isAnimating()||t.isMoving||t.draggedEvents||t.currentWheelDirection)}class Cg{constructor(t,e){this.renderer=t,this.policy=e,this.snapshot=null,this.transformed=!1,this.settleTimer=0,this.stats={renders:0,previews:0,pickingSkipped:0,lastRenderMs:NaN};const n=t,r=n.render,i=n.getRenderParams,o=this,s=d=>Object.prototype.hasOwnProperty.call(n,d),l=s("render"),u=s("getRenderParams");this.restore=()=>{l?n.render=r:delete n.render,u?n.getRenderParams=i:delete n.getRenderParams,o.clearTransform(),clearTimeout(o.settleTimer)},n.getRenderParams=function(...d){const h=i.apply(this,d);return o.policy().skipPickingWhileMoving&&h.pickingFrameBuffer&&jr(this)?(o.stats.pickingSkipped++,o.needSettle=!0,{...h,pickingFrameBuffer:null}):h},n.render=function(...d){if(o.policy().previewWhileMoving&&o.canPreview())return this.renderFrame&&(cancelAnimationFrame(this.renderFrame),this.renderFrame=null),o.preview(),this;o.clearTransform();const c=performance.now(),f=r.apply(this,d);return o.stats.lastRenderMs=performance.now()-c,o.stats.renders++,o.snapshot=this.getCamera().getState(),o.snapshotSize={w:this.width,h:this.height},o.needSettle&&o.scheduleSettle(),f}}canPreview(){const t=this.renderer;if(!this.snapshot||!jr(t)||t.pendingProcess!=="none")return!1;const e=t.getContainer();return!(!this.snapshotSize||e.offsetWidth!==this.snapshotSize.w||e.offsetHeight!==this.snapshotSize.h)}stage(){return this.renderer.getStageCanvas?this.renderer.getStageCanvas():null}preview(){const t=this.renderer,e=this.stage();if(!e)return;const n=t.getCamera().getState(),r={x:.5,y:.5},i={x:.6,y:.5},o=Dg(t.framedGraphToViewport(r,{cameraState:this.snapshot}),t.framedGraphToViewport(i,{cameraState:this.snapshot}),t.framedGraphToViewport(r,{cameraState:n}),t.framedGraphToViewport(i,{cameraState:n}));o&&(e.style.transformOrigin="0 0",e.style.transform=`matrix(${o.map(s=>+s.toFixed(6)).join(",")})`,this.transformed=!0,this.stats.previews++,this.needSettle=!0,this.scheduleSettle())}clearTransform(){if(!this.transformed)return;const t=this.stage();t&&(t.style.transform=""),this.transformed=!1}scheduleSettle(){clearTimeout(this.settleTimer),this.settleTimer=setTimeout(()=>{if(jr(this.renderer)){this.scheduleSettle();return}this.needSettle=!1,this.renderer.scheduleRender()},60)}kill(){this.restore()}}const Eo=500;class Lg{constructor({bench:t=0,legacyRender:e=!1}={}){this.bench=t,this.legacyRender=e,this.model=new lu,this.graph=this.model.graph,this.view=bf(),this.filters=xf(Re,Ee),this.stats={maxPagerank:0,maxDegree:0},this.selection=new Set,this.path={nodes:new Set,edges:new Set,pairs:[]},this.layoutName="fa2",this.dbStats=null,this.busyCount=0}$(t){return document.getElementById(t)}init(){this.restoring=!this.bench;const t={view:this.view,filters:this.filters,stats:this.stats,perf:{arrows:!0}};this.ctx=t,this.renderer=kf(this.graph,this.$("graph"),t),this.policy=this.perfPolicy(),this.moves=this.legacyRender?null:new Cg(this.renderer,()=>this.policy),this.layout=new Kf(this.graph,{onState:n=>this.layoutState(n),keep:(n,r)=>dt(r,this.filters)}),this.timeline=new Yf(this.$("timeline"),{onBrush:(n,r)=>this.setTimeWindow(n,r)}),this.panel=new vg(this,this.$("panel-details")),this.lists=new Tg(this),this.exporter=new wg(this),this.investigations=new kg(this),this.bindRenderer(),this.bench||this.watchFrameRate(),this.bindToolbar(),this.bindFilters(),this.bindKeys(),this.bindTabs(),this.bindPathDialog(),this.search=new Wr(this.$("search-input"),this.$("search-list"),{onPick:(n,r)=>this.openEntity(n.id,{raw:r,node:r?null:n})});const e=Hs(()=>this.afterGraphChange(),60);this.graph.on("nodeAdded",e),this.graph.on("nodeDropped",e),this.graph.on("edgeAdded",e),this.graph.on("edgeDropped",e),this.graph.on("nodeAttributesUpdated",e),this.model.on(()=>this.updateUndo()),Xn.listeners.add(n=>this.$("status").classList.toggle("busy",n>0)),window.addEventListener("hashchange",()=>{location.hash!==this.lastHash&&this.loadFromHash()}),this.renderFilters(),this.afterGraphChange(),this.panel.render()}watchFrameRate(){const t=this.renderer.getCamera();let e=null,n=[],r=0,i=!1;const o=s=>{if(e!==null&&n.push(s-e),e=s,n.length>=(this.legacyRender?12:5)){const l=[...n].sort((d,h)=>d-h),u=l[l.length>>1];n=[],u>45&&!this.slowRenderer&&this.graph.size>300&&(this.slowRenderer=!0,this.tunePerformance(),this.setStatus(`Slow graphics (${Math.round(u)} ms a frame): the view moves as a picture and is redrawn when it stops.`))}s<r?requestAnimationFrame(o):(i=!1,e=null,n=[])};t.on("updated",()=>{r=performance.now()+250,i||(i=!0,requestAnimationFrame(o))})}bindRenderer(){const t=this.renderer;t.on("clickNode",({node:n,event:r})=>{const i=r&&r.original&&(r.original.shiftKey||r.original.metaKey||r.original.ctrlKey);this.select(n,{add:i,toggle:i})}),t.on("doubleClickNode",({node:n,preventSigmaDefault:r})=>{r(),this.expand(n)}),t.on("clickStage",()=>{this.selection.size&&this.select(null)}),t.on("clickEdge",({edge:n})=>{const r=this.graph.getEdgeAttributes(n);this.setStatus(`${r.kind}: ${this.label(r.from)} → ${this.label(r.to)}${r.at?" · "+r.at.slice(0,10):""}`)});let e=null;t.on("nodeDragStart",({node:n})=>{this.layout.running()&&this.layout.stopFA2();const r=this.graph.getNodeAttributes(n);e={node:n,x:r.x,y:r.y,fixed:!!r.fixed}}),t.on("nodeDragEnd",({node:n})=>{if(!e||e.node!==n||!this.graph.hasNode(n))return;const r=this.graph.getNodeAttributes(n),i=e;e=null,!(Math.hypot(r.x-i.x,r.y-i.y)<1e-9)&&(this.model.transaction("Move node",()=>{this.model.record(()=>{this.graph.hasNode(n)&&this.graph.mergeNodeAttributes(n,{x:i.x,y:i.y,fixed:i.fixed})}),this.graph.setNodeAttribute(n,"fixed",!0)}),this.panel.render())})}label(t){return this.graph.hasNode(t)?this.graph.getNodeAttribute(t,"label"):t}perfPolicy(){return Ag({nodes:this.graph.order,edges:this.graph.size,slow:!!this.slowRenderer,legacy:this.legacyRender})}tunePerformance(){this.policy=this.perfPolicy();const t={arrows:this.policy.arrows},e=this.policy.settings,n=this.renderer.getSettings();Object.keys(e).some(i=>n[i]!==e[i])&&this.renderer.setSettings(e),(!this.ctx.perf||this.ctx.perf.arrows!==t.arrows)&&(this.ctx.perf=t,this.refresh())}afterGraphChange(){this.tunePerformance();const t=_f(this.graph);this.stats.maxPagerank=t.maxPagerank,this.stats.maxDegree=t.maxDegree;for(const e of[...this.selection])(!this.graph.hasNode(e)||!this.isVisible(e))&&this.selection.delete(e);this.$("graph-empty").hidden=this.graph.order>0,this.updateInfo(),this.updateTimeline(),this.renderKindCounts(),this.panel.render(),this.panel.updateCounts(),this.updateHash(),this.updateButtons()}isVisible(t){return this.graph.hasNode(t)&&dt(this.graph.getNodeAttributes(t),this.filters)}visibleCounts(){let t=0,e=0,n=0,r=0;return this.graph.forEachNode((i,o)=>{dt(o,this.filters)?t++:o.userHidden?n++:o.groupId&&r++}),this.graph.forEachEdge((i,o)=>{Na(o,this.filters,this.graph)&&e++}),{nodes:t,edges:e,hidden:n,grouped:r,filtered:this.graph.order-t-n-r}}updateInfo(){const t=this.visibleCounts(),e=_e(this.$("graph-info"));e.append(`${t.nodes.toLocaleString("en")} nodes · ${t.edges.toLocaleString("en")} edges shown`),t.filtered&&e.append(` · ${t.filtered} filtered out`),t.grouped&&e.append(` · ${t.grouped} in groups`),t.hidden&&(e.append(` · ${t.hidden} hidden `),e.append(R("button",{type:"button",class:"link",onclick:()=>this.unhideAll()},"show hidden")))}updateTimeline(){const t=[];this.graph.forEachNode((e,n)=>{n.t!==null&&n.t!==void 0&&hf.includes(n.kind)&&!n.userHidden&&!n.groupId&&this.filters.kinds.has(n.kind)&&t.push({t:n.t,kind:n.kind,flag:n.knownSmuggler})}),this.timeline.setItems(t,{since:this.filters.since,until:this.filters.until})}updateUndo(){const t=this.$("btn-undo");t.disabled=!this.model.canUndo(),t.title=this.model.canUndo()?`Undo ${this.model.undoLabel()} (z)`:"Nothing to undo"}updateButtons(){const t=this.selection.size===1;this.$("btn-expand").disabled=!this.selection.size,this.$("btn-expand").title=t?"Expand the selected node's neighbours (e)":this.selection.size?"Expand the selected nodes (e)":"Select a node to expand (e)"}setStatus(t){this.$("status").textContent=t}async busy(t,e){this.busyCount++,this.$("graph-busy-text").textContent=t,this.$("graph-busy").hidden=!1,this.$("graph-wrap").setAttribute("aria-busy","true");try{return await e()}finally{--this.busyCount===0&&(this.$("graph-busy").hidden=!0,this.$("graph-wrap").removeAttribute("aria-busy"))}}refresh(){this.renderer.refresh()}select(t,{add:e=!1,toggle:n=!1,focus:r=!1}={}){const i=[...this.selection];e||this.selection.clear(),t&&this.graph.hasNode(t)&&(n&&i.includes(t)&&e?this.selection.delete(t):this.selection.add(t));const o=this.selection,s=i.filter(d=>!o.has(d)&&this.graph.hasNode(d));s.length&&this.renderer.setNodesState(s,{isSelected:!1});const l=[...o];l.length&&this.renderer.setNodesState(l,{isSelected:!0});const u=l.length>8;this.renderer.getGraphState().manySelected!==u&&this.renderer.setGraphState({manySelected:u}),r&&t&&this.focusNode(t),this.panel.render(),this.updateButtons(),this.updateHash(),t&&this.selection.size===1&&this.showTab("details",!1)}selectMany(t,{add:e=!1}={}){const n=[...this.selection].filter(o=>this.graph.hasNode(o));e||this.selection.clear();for(const o of t)this.graph.hasNode(o)&&this.selection.add(o);const r=n.filter(o=>!this.selection.has(o));r.length&&this.renderer.setNodesState(r,{isSelected:!1});const i=[...this.selection];i.length&&this.renderer.setNodesState(i,{isSelected:!0}),this.renderer.setGraphState({manySelected:i.length>8}),this.panel.render(),this.updateButtons(),this.updateHash()}selected(){return[...this.selection].filter(t=>this.graph.hasNode(t))}focusNode(t,e=null,n=6){requestAnimationFrame(()=>{if(!this.graph.hasNode(t))return;const r=this.renderer.getNodeDisplayData(t);if(!r||!Number.isFinite(r.x)){n>0&&this.focusNode(t,e,n-1);return}const i=this.renderer.getCamera();i.animate({x:r.x,y:r.y,ratio:e??Math.min(i.getState().ratio,.6)},{duration:450})})}fit(){this.renderer.getCamera().reset({duration:400})}fitNodes(t,e=6){requestAnimationFrame(()=>{const n=t.filter(p=>this.graph.hasNode(p)).map(p=>this.renderer.getNodeDisplayData(p)).filter(p=>p&&Number.isFinite(p.x));if(!n.length){e>0&&this.fitNodes(t,e-1);return}const r=n.map(p=>p.x),i=n.map(p=>p.y),o=Math.min(...r),s=Math.max(...r),l=Math.min(...i),u=Math.max(...i),{width:d,height:h}=this.renderer.getDimensions(),c=d/Math.max(1,h),f=Math.max((s-o)/Math.max(1,c),(u-l)*Math.min(1,c),s-o,u-l),g=Math.max(.08,Math.min(1.2,f*1.35));this.renderer.getCamera().animate({x:(o+s)/2,y:(l+u)/2,ratio:g},{duration:450})})}async openEntity(t,{raw:e=!1,expand:n=!1,node:r=null}={}){try{if(r&&(!r.kind||r.knownSmuggler===void 0)&&(r=null),!r&&(!this.graph.hasNode(t)||e)&&(r=(await this.busy("Loading entity…",()=>he(Ce.nodes,{ids:[t]}))).nodes[0],!r))return Se(`No entity with id ${t}`,"error"),!1;let i=[];return this.model.transaction(`Open ${r?r.label:this.label(t)}`,()=>{r&&(i=this.model.addApiNodes([r],this.selected()[0]||null)),this.model.setNodeAttrs(t,{centre:!0,userHidden:!1})}),this.ensureKindShown(this.graph.getNodeAttribute(t,"kind")),i.length&&this.graph.order>1&&this.afterLoad(i),this.select(t,{focus:!0}),n&&await this.expand(t),!0}catch(i){return Je("Could not open the entity",i),!1}}ensureKindShown(t){t&&!this.filters.kinds.has(t)&&t!=="Group"&&(this.filters.kinds.add(t),this.renderFilters(),this.refresh())}expandVars(t={}){const e={depth:1,limit:Eo};return this.filters.rels.size!==Ee.length&&(e.relKinds=[...this.filters.rels]),this.filters.since!==null&&(e.since=new Date(this.filters.since).toISOString()),this.filters.until!==null&&(e.until=new Date(this.filters.until).toISOString()),{...e,...t}}async expand(t=null,e=null){if(t=(t===null?this.selected():Array.isArray(t)?t:[t]).filter(i=>this.graph.hasNode(i)&&!this.graph.getNodeAttribute(i,"isGroup")),!t.length){Se("Select a node to expand first.","info");return}const n=this.expandVars({centers:t});e&&e.length&&(n.kinds=e);const r=e&&e.length?e.join(", "):"all";try{const o=(await this.busy(`Expanding ${t.length===1?this.label(t[0]):t.length+" nodes"} (${r})…`,()=>he(Ce.subgraph,n))).subgraph;let s=[],l=0;this.model.transaction(`Expand ${t.length===1?this.label(t[0]):t.length+" nodes"}`,()=>{s=this.model.addApiNodes(o.nodes.map(d=>d.node),t[0]),l=this.model.addApiEdges(o.edges);for(const d of t)this.model.setNodeAttrs(d,{centre:!0,expanded:!0})});for(const d of o.nodes)this.ensureKindShownQuiet(d.node.kind,e);if(this.afterLoad(s),s.length){const d=[...t,...s];this.fitNodes(d),this.layout.running()&&this.layout.onceStopped(()=>{d.every(h=>this.graph.hasNode(h))&&this.fitNodes(d)})}const u=`${s.length} new node${s.length===1?"":"s"}, ${l} new link${l===1?"":"s"}`;this.setStatus(`Expanded: ${u}`),o.truncated?Se(`Only the first ${Eo} neighbours were loaded (limit reached).`,"warn"):s.length||Se(`No new neighbours${e?" of kind "+r:""}${this.filters.since!==null||this.filters.until!==null?" in the time window":""}.`,"info")}catch(i){Je("Expand failed",i)}}ensureKindShownQuiet(t,e){e&&e.includes(t)&&!this.filters.kinds.has(t)&&(this.filters.kinds.add(t),this.renderFilters(),this.refresh())}afterLoad(t){t.length&&(this.layoutName==="fa2"?this.layout.burst():this.layout.apply(this.layoutName))}async findPaths(t,e,{maxHops:n=6,limit:r=3,useFilters:i=!1,skipGeneric:o=!0}={}){const s={from:t,to:e,maxHops:n,limit:r};let l=new Set(Ee);if(i&&(this.filters.kinds.size!==Re.length&&(s.kinds=[...this.filters.kinds]),l=new Set(this.filters.rels)),o)for(const h of $i)l.delete(h);l.size!==Ee.length&&(s.relKinds=[...l]);const d=(await this.busy("Finding paths…",()=>he(Ce.paths,s))).paths||[];return d.length&&this.showPaths(d,[t,e]),d}showPaths(t,e=null){let n=[];this.model.transaction("Show path",()=>{const i=t.flatMap(o=>o.nodes);n=this.model.addApiNodes(i,e&&this.graph.hasNode(e[0])?e[0]:null);for(const o of t)this.model.addApiEdges(o.edges);if(e)for(const o of e)this.model.setNodeAttrs(o,{centre:!0,userHidden:!1});for(const o of i)this.graph.getNodeAttribute(o.id,"userHidden")&&this.model.setNodeAttrs(o.id,{userHidden:!1})});for(const i of t)for(const o of i.nodes)this.ensureKindShown(o.kind);this.highlightPaths(t,e),this.afterLoad(n);const r=[...this.path.nodes];this.fitNodes(r),n.length&&this.layout.running()&&this.layout.onceStopped(()=>{this.path.nodes.size&&this.fitNodes([...this.path.nodes])})}highlightPaths(t,e){this.clearPath(!1);for(const i of t){for(const o of i.nodes)this.path.nodes.add(o.id);for(const o of i.edges)this.graph.hasEdge(o.id)&&this.path.edges.add(o.id)}e&&!this.path.pairs.some(([i,o])=>i===e[0]&&o===e[1])&&this.path.pairs.push(e),this.renderer.setNodesState([...this.path.nodes].filter(i=>this.graph.hasNode(i)),{isPath:!0}),this.renderer.setEdgesState([...this.path.edges],{isPath:!0}),this.renderer.setGraphState({hasPath:!0});const n=Math.min(...t.map(i=>i.hops)),r=_e(this.$("path-banner"));r.hidden=!1,r.dataset.paths=String(t.length),r.append(R("span",{},n>0?`${t.length} shortest path${t.length===1?"":"s"} of ${n} hop${n===1?"":"s"}`:"Path highlight",e?` between ${this.label(e[0])} and ${this.label(e[1])}`:""),R("button",{type:"button",class:"link",onclick:()=>this.clearPath()},"clear highlight (Esc)")),this.updateHash(),t[0].nodes.every(i=>i.label)&&this.setStatus(`Path: ${t[0].nodes.map(i=>i.label).join(" → ")}`)}clearPath(t=!0){const e=this.graph,n=[...this.path.nodes].filter(i=>e.hasNode(i)),r=[...this.path.edges].filter(i=>e.hasEdge(i));n.length&&this.renderer.setNodesState(n,{isPath:!1}),r.length&&this.renderer.setEdgesState(r,{isPath:!1}),this.renderer.setGraphState({hasPath:!1}),this.path.nodes.clear(),this.path.edges.clear(),t&&(this.path.pairs=[],this.$("path-banner").hidden=!0,this.updateHash())}pinToggle(t=this.selected()){if(!t.length)return;const e=t.some(n=>!this.graph.getNodeAttribute(n,"fixed"));this.model.transaction(e?"Pin":"Unpin",()=>{for(const n of t)this.model.setNodeAttrs(n,{fixed:e})}),this.setStatus(`${e?"Pinned":"Unpinned"} ${t.length} node${t.length===1?"":"s"}`),this.panel.render()}hide(t=this.selected()){t.length&&(this.model.transaction(`Hide ${t.length}`,()=>{for(const e of t)this.model.setNodeAttrs(e,{userHidden:!0})}),this.select(null),this.setStatus(`Hid ${t.length} node${t.length===1?"":"s"} (z to undo)`))}unhideAll(){const t=this.graph.filterNodes((e,n)=>n.userHidden);this.model.transaction("Show hidden",()=>{for(const e of t)this.model.setNodeAttrs(e,{userHidden:!1})})}remove(t=this.selected()){t.length&&(this.model.transaction(`Remove ${t.length}`,()=>{for(const e of t)this.graph.getNodeAttributes(e).isGroup?this.model.ungroup(e):this.model.dropNode(e)}),this.select(null),this.setStatus(`Removed ${t.length} node${t.length===1?"":"s"} from the view (z to undo)`))}group(t=this.selected()){if(t.length<2){Se("Select two or more nodes (Shift+click) to group them.","info");return}const e=this.model.transaction(`Group ${t.length}`,()=>this.model.group(t));e&&(this.select(e,{focus:!0}),this.setStatus(`Grouped ${t.length} nodes (u to ungroup)`))}ungroup(t=this.selected()){const e=t.filter(r=>this.graph.getNodeAttribute(r,"isGroup"));if(!e.length){Se("Select a group to ungroup.","info");return}let n=[];this.model.transaction("Ungroup",()=>{for(const r of e)n=n.concat(this.model.ungroup(r))}),this.selectMany(n)}selectNeighbours(){const t=new Set(this.selection);for(const e of this.selected())this.graph.forNeighbor(e,n=>{this.isVisible(n)&&t.add(n)});this.selectMany([...t])}cycleNeighbour(t){const e=this.selected()[0];if(!e)return;const n=this.graph.neighbors(e).filter(r=>this.isVisible(r)).sort((r,i)=>this.label(r).localeCompare(this.label(i)));n.length&&(this.nbCursor=((this.nbCursor??-1)+t+n.length)%n.length,this.select(n[this.nbCursor],{focus:!0}))}undo(){this.layout.running()&&this.layout.stopFA2();const t=this.model.undo();if(!t){this.setStatus("Nothing to undo");return}if(this.renderFilters(),this.refresh(),this.path.nodes.size){for(const e of[...this.path.nodes])this.graph.hasNode(e)||this.path.nodes.delete(e);for(const e of[...this.path.edges])this.graph.hasEdge(e)||this.path.edges.delete(e);this.path.edges.size||this.clearPath()}this.setStatus(`Undid: ${t}`),this.afterGraphChange()}bindFilters(){this.$("kinds-all").addEventListener("click",()=>this.setKinds(new Set(Re))),this.$("kinds-none").addEventListener("click",()=>this.setKinds(new Set)),this.$("rels-all").addEventListener("click",()=>this.setRels(new Set(Ee))),this.$("rels-none").addEventListener("click",()=>this.setRels(new Set));const t=()=>{const e=this.$("f-since").value,n=this.$("f-until").value;this.setTimeWindow(e?Date.parse(e+"T00:00:00Z"):null,n?Date.parse(n+"T23:59:59.999Z"):null)};this.$("f-since").addEventListener("change",t),this.$("f-until").addEventListener("change",t),this.$("f-time-clear").addEventListener("click",()=>this.setTimeWindow(null,null))}filterChange(t,e){const n={kinds:new Set(this.filters.kinds),rels:new Set(this.filters.rels),since:this.filters.since,until:this.filters.until};this.model.transaction(t,()=>{this.model.record(()=>{Object.assign(this.filters,n),this.renderFilters(),this.refresh()}),e()}),this.renderFilters(),this.refresh(),this.afterGraphChange()}setKinds(t){wo(t,this.filters.kinds)||this.filterChange("Kind filter",()=>{this.filters.kinds=t})}setRels(t){wo(t,this.filters.rels)||this.filterChange("Relationship filter",()=>{this.filters.rels=t})}setTimeWindow(t,e){if(t!==null&&e!==null&&e<t&&([t,e]=[e,t]),t===this.filters.since&&e===this.filters.until){this.renderFilters();return}this.filterChange("Time window",()=>{this.filters.since=t,this.filters.until=e})}renderFilters(){const t=this.$("kind-filters");if(!t.childElementCount){for(const i of Re){const o=Ne(i),s=R("input",{type:"checkbox",id:`fk-${i}`,"data-kind":i});s.addEventListener("change",()=>{const l=new Set(this.filters.kinds);s.checked?l.add(i):l.delete(i),this.setKinds(l)}),t.append(R("div",{class:"kind-row"},s,R("label",{for:`fk-${i}`},Pg(o.shape,o.color),R("span",{class:"kind-tag",style:{background:o.color}},o.glyph),` ${i}`,R("span",{class:"count",id:`fkc-${i}`}))))}const r=this.$("rel-filters");for(const i of Ee){const o=R("input",{type:"checkbox",id:`fr-${i}`,"data-rel":i});o.addEventListener("change",()=>{const s=new Set(this.filters.rels);o.checked?s.add(i):s.delete(i),this.setRels(s)}),r.append(R("div",{class:"rel-row"},o,R("label",{for:`fr-${i}`},i)))}}for(const r of Re)this.$(`fk-${r}`).checked=this.filters.kinds.has(r);for(const r of Ee)this.$(`fr-${r}`).checked=this.filters.rels.has(r);this.$("rel-summary").textContent=this.filters.rels.size===Ee.length?"(all)":`(${this.filters.rels.size} of ${Ee.length})`;const e=r=>r===null?"":new Date(r).toISOString().slice(0,10);this.$("f-since").value=e(this.filters.since),this.$("f-until").value=e(this.filters.until),this.$("sel-color").value=this.view.colorBy,this.$("sel-size").value=this.view.sizeBy,this.$("sel-layout").value=this.layoutName;const n={community:"Fill colour: community (grey = no community yet)",kind:"Fill colour: node kind (tags above)",risk:"Fill colour: network risk, grey → amber → red"};this.$("legend-colour").textContent=n[this.view.colorBy],this.$("legend-size").textContent={pagerank:"PageRank",networkRisk:"network risk",degree:"degree",uniform:"uniform"}[this.view.sizeBy],this.$("hr-threshold").textContent=String(this.view.highRisk)}renderKindCounts(){const t={};this.graph.forEachNode((e,n)=>{t[n.kind]=(t[n.kind]||0)+1});for(const e of Re){const n=this.$(`fkc-${e}`);if(!n)continue;const r=this.dbStats?this.dbStats[e]:null;n.textContent=`${t[e]||0}${r!=null?" / "+r.toLocaleString("en"):""}`,n.title=`${t[e]||0} in view${r!=null?`, ${r} in the database`:""}`}}bindToolbar(){this.$("btn-expand").addEventListener("click",()=>this.expand()),this.$("btn-path").addEventListener("click",()=>this.openPathDialog()),this.$("btn-undo").addEventListener("click",()=>this.undo()),this.$("sel-layout").addEventListener("change",r=>this.setLayout(r.target.value)),this.$("btn-layout-run").addEventListener("click",()=>this.toggleFA2()),this.$("btn-noverlap").addEventListener("click",()=>{this.model.transaction("Spread",()=>{this.model.snapshotPositions(),this.layout.noverlap()})}),this.$("sel-color").addEventListener("change",r=>{this.view.colorBy=r.target.value,this.renderFilters(),this.refresh(),this.updateHash()}),this.$("sel-size").addEventListener("change",r=>{this.view.sizeBy=r.target.value,this.renderFilters(),this.refresh(),this.updateHash()}),this.$("zoom-in").addEventListener("click",()=>this.renderer.getCamera().zoomIn({duration:250})),this.$("zoom-out").addEventListener("click",()=>this.renderer.getCamera().zoomOut({duration:250})),this.$("zoom-fit").addEventListener("click",()=>this.fit()),this.$("btn-share").addEventListener("click",()=>this.copyLink()),this.$("btn-help").addEventListener("click",()=>this.$("dlg-help").showModal()),this.$("help-close").addEventListener("click",()=>this.$("dlg-help").close());const t=this.$("btn-export"),e=this.$("menu-export"),n=()=>{e.hidden=!0,t.setAttribute("aria-expanded","false")};t.addEventListener("click",()=>{const r=e.hidden;e.hidden=!r,t.setAttribute("aria-expanded",String(r)),r&&e.querySelector("button").focus()}),e.addEventListener("keydown",r=>{const i=[...e.querySelectorAll("button")],o=i.indexOf(document.activeElement);r.key==="ArrowDown"&&(r.preventDefault(),i[(o+1)%i.length].focus()),r.key==="ArrowUp"&&(r.preventDefault(),i[(o-1+i.length)%i.length].focus()),r.key==="Escape"&&(r.preventDefault(),r.stopPropagation(),n(),t.focus())}),e.addEventListener("click",r=>{const i=r.target.closest("[data-export]");i&&(n(),this.exporter.run(i.dataset.export))}),document.addEventListener("click",r=>{r.target.closest(".menu-wrap")||n()})}layoutState(t){const e=this.$("btn-layout-run");e.setAttribute("aria-pressed",String(t)),e.textContent=t?"Stop":"Run",e.classList.toggle("running",t)}toggleFA2(){if(this.layout.running()){this.layout.stopFA2();return}this.layoutName!=="fa2"&&(this.layoutName="fa2",this.renderFilters(),this.updateHash()),this.model.transaction("Force layout",()=>this.model.snapshotPositions()),this.layout.startFA2(0)}setLayout(t){this.layoutName=t,this.model.transaction(`Layout ${t}`,()=>this.model.snapshotPositions()),t==="fa2"?this.layout.burst():this.layout.apply(t),this.updateHash()}async copyLink(){this.updateHash(!0);const t=location.href;try{await navigator.clipboard.writeText(t),Se("Link copied: it reopens these centres, paths, filters and layout.","info")}catch{window.prompt("Copy this link:",t)}}bindTabs(){const t=["details","risk","communities","inspection"];t.forEach((e,n)=>{const r=this.$(`tab-${e}`);r.addEventListener("click",()=>this.showTab(e)),r.addEventListener("keydown",i=>{if(i.key==="ArrowRight"||i.key==="ArrowLeft"){i.preventDefault();const o=t[(n+(i.key==="ArrowRight"?1:t.length-1))%t.length];this.showTab(o),this.$(`tab-${o}`).focus()}})})}showTab(t,e=!0){for(const n of["details","risk","communities","inspection"]){const r=n===t,i=this.$(`tab-${n}`);i.setAttribute("aria-selected",String(r)),i.tabIndex=r?0:-1,this.$(`panel-${n}`).hidden=!r}e&&t!=="details"&&this.lists.ensure(t)}bindPathDialog(){const t=this.$("dlg-path");this.pathFrom=null,this.pathTo=null;const e=n=>r=>{this[n]=r.id;const i=this.$(n==="pathFrom"?"path-from":"path-to");i.value=r.label?`${r.label} (${r.id})`:r.id,i.dataset.id=r.id};this.pathFromBox=new Wr(this.$("path-from"),this.$("path-from-list"),{onPick:e("pathFrom")}),this.pathToBox=new Wr(this.$("path-to"),this.$("path-to-list"),{onPick:e("pathTo")});for(const n of["path-from","path-to"])this.$(n).addEventListener("input",r=>{delete r.target.dataset.id});this.$("path-cancel").addEventListener("click",()=>t.close()),this.$("path-form").addEventListener("submit",async n=>{n.preventDefault();const r=d=>d.dataset.id||(/^[A-Za-z]+:.+/.test(d.value.trim())?d.value.trim():null),i=r(this.$("path-from")),o=r(this.$("path-to")),s=this.$("path-msg");if(!i||!o){s.textContent="Pick both entities from the suggestions (or type a Kind:ID key).",s.className="form-msg error";return}if(i===o){s.textContent="From and To are the same entity.",s.className="form-msg error";return}const l=Math.max(1,Math.min(8,+this.$("path-hops").value||6)),u=Math.max(1,Math.min(10,+this.$("path-limit").value||3));s.textContent="Searching…",s.className="form-msg",this.$("path-go").disabled=!0;try{if(!(await this.findPaths(i,o,{maxHops:l,limit:u,useFilters:this.$("path-respect").checked,skipGeneric:this.$("path-generic").checked})).length){s.textContent=`No path within ${l} hops.`,s.className="form-msg error";return}t.close()}catch(d){s.textContent=`Path search failed: ${Oe(d)}`,s.className="form-msg error"}finally{this.$("path-go").disabled=!1}})}openPathDialog(t=this.selected()[0]||null,e=null){const n=(o,s)=>{const l=this.$(o);s?(l.value=`${this.label(s)} (${s})`,l.dataset.id=s):(l.value="",delete l.dataset.id)};n("path-from",t),n("path-to",e),this.$("path-msg").textContent="";const r=_e(this.$("path-quick")),i=this.graph.filterNodes((o,s)=>s.knownSmuggler&&o!==t&&!s.isGroup).slice(0,8);if(i.length){r.append(R("span",{class:"muted"},"Known smugglers in view: "));for(const o of i)r.append(R("button",{type:"button",class:"chip ks",onclick:()=>n("path-to",o)},this.label(o)))}this.$("dlg-path").showModal(),this.$(t?"path-to":"path-from").focus()}bindKeys(){document.addEventListener("keydown",t=>{const e=t.target,n=e&&(e.tagName==="INPUT"||e.tagName==="TEXTAREA"||e.tagName==="SELECT"||e.isContentEditable);if((t.ctrlKey||t.metaKey)&&t.key.toLowerCase()==="s"){t.preventDefault(),this.investigations.openSave();return}if((t.ctrlKey||t.metaKey)&&t.key.toLowerCase()==="z"&&!n){t.preventDefault(),this.undo();return}if(document.querySelector("dialog[open]"))return;if(t.key==="Escape"){if(n&&e.id==="search-input"){e.blur();return}if(this.path.nodes.size){this.clearPath();return}if(this.selection.size){this.select(null);return}return}if(n||t.ctrlKey||t.metaKey||t.altKey)return;const r=t.key,i={"/":()=>this.$("search-input").focus(),e:()=>this.expand(),p:()=>this.openPathDialog(),z:()=>this.undo(),h:()=>this.hide(),g:()=>this.group(),u:()=>this.ungroup(),i:()=>this.pinToggle(),Delete:()=>this.remove(),Backspace:()=>this.remove(),n:()=>this.cycleNeighbour(1),N:()=>this.cycleNeighbour(-1),a:()=>this.selectNeighbours(),f:()=>this.fit(),"+":()=>this.renderer.getCamera().zoomIn({duration:200}),"=":()=>this.renderer.getCamera().zoomIn({duration:200}),"-":()=>this.renderer.getCamera().zoomOut({duration:200}),l:()=>this.toggleFA2(),r:()=>{this.showTab("details"),this.panel.focusRisk()},"?":()=>this.$("dlg-help").showModal(),1:()=>this.showTab("details"),2:()=>this.showTab("risk"),3:()=>this.showTab("communities"),4:()=>this.showTab("inspection")}[r];i&&(t.preventDefault(),i())})}hashState(){return{centres:this.graph.filterNodes((t,e)=>e.expanded&&!e.isGroup),nodes:this.graph.filterNodes((t,e)=>e.centre&&!e.expanded&&!e.isGroup),selected:this.selected().length===1?this.selected()[0]:null,paths:this.path.pairs,hiddenKinds:Re.filter(t=>!this.filters.kinds.has(t)),hiddenRels:Ee.filter(t=>!this.filters.rels.has(t)),since:this.filters.since,until:this.filters.until,layout:this.layoutName,colorBy:this.view.colorBy,sizeBy:this.view.sizeBy}}updateHash(t=!1){if(this.bench||this.restoring)return;const e=()=>{if(this.restoring)return;const n=pg(this.hashState());n!==(location.hash||"")&&(this.lastHash=n,history.replaceState(null,"",n||location.pathname+location.search))};if(t){e();return}clearTimeout(this.hashTimer),this.hashTimer=setTimeout(e,150)}async loadFromHash(){const t=mg(location.hash);this.lastHash=location.hash,this.restoring=!0;try{if(this.filters.kinds=new Set(Re.filter(e=>!t.hiddenKinds.includes(e))),this.filters.rels=new Set(Ee.filter(e=>!t.hiddenRels.includes(e))),this.filters.since=t.since,this.filters.until=t.until,this.view.colorBy=t.colorBy,this.view.sizeBy=t.sizeBy,this.layoutName=t.layout,this.renderFilters(),this.refresh(),!t.centres.length&&!t.nodes.length&&!t.paths.length)return;await this.busy("Opening shared view…",async()=>{const e=[...new Set([...t.centres,...t.nodes])].slice(0,1e3);let n={nodes:[]};if(e.length){n=await he(Ce.nodes,{ids:e});const s=e.filter((l,u)=>!n.nodes[u]);s.length&&Se(`${s.length} entit${s.length===1?"y":"ies"} in the link no longer exist${s.length===1?"s":""}: ${s.slice(0,3).join(", ")}`,"warn")}const r=new Set(n.nodes.filter(Boolean).map(s=>s.id)),i=t.centres.filter(s=>r.has(s)),o=i.length?(await he(Ce.subgraph,this.expandVars({centers:i,limit:2e3}))).subgraph:{nodes:[],edges:[]};this.model.transaction("Open link",()=>{this.model.addApiNodes(n.nodes.filter(Boolean)),this.model.addApiNodes(o.nodes.map(s=>s.node)),this.model.addApiEdges(o.edges);for(const s of r)this.model.setNodeAttrs(s,{centre:!0});for(const s of i)this.model.setNodeAttrs(s,{expanded:!0})});for(const[s,l]of t.paths)try{const u=await he(Ce.paths,{from:s,to:l,maxHops:8,limit:3,relKinds:Ee.filter(d=>!$i.includes(d))});u.paths.length&&this.showPaths(u.paths,[s,l])}catch(u){Je("A path in the link could not be found",u)}}),this.model.clearHistory(),this.layoutName==="fa2"?this.layout.burst():this.layout.apply(this.layoutName,{animate:!1}),t.selected&&this.graph.hasNode(t.selected)&&this.select(t.selected,{focus:!0})}catch(e){Je("Could not open the shared view",e)}finally{this.restoring=!1,this.afterGraphChange()}}async loadDbStats(){const t=this.$("db-stats");try{const e=await he(Ce.stats);this.dbStats=Object.fromEntries(e.stats.nodes.map(n=>[n.kind,n.count])),t.textContent=`${e.stats.nodeCount.toLocaleString("en")} nodes, ${e.stats.edgeCount.toLocaleString("en")} relationships stored.`,this.renderKindCounts(),e.stats.nodeCount||t.append(R("p",{class:"notice"},"The database is empty: load data with `borderlens ingest` or `borderlens demo`."))}catch(e){t.textContent=`Could not read database stats: ${Oe(e)}`,t.className="error-text"}}replaceGraph(t){this.layout.killFA2(),this.clearPath(),this.select(null),this.graph.clear(),this.graph.import(t),this.model.clearHistory(),this.model.groupSeq=this.graph.filterNodes((e,n)=>n.isGroup).length+1,this.refresh(),this.afterGraphChange(),requestAnimationFrame(()=>this.fit())}}function wo(a,t){if(a.size!==t.size)return!1;for(const e of a)if(!t.has(e))return!1;return!0}function Pg(a,t){const e="http://www.w3.org/2000/svg",n=document.createElementNS(e,"svg");n.setAttribute("viewBox","0 0 16 16"),n.setAttribute("width","14"),n.setAttribute("height","14"),n.setAttribute("aria-hidden","true"),n.classList.add("shape-icon");let r;switch(a){case"square":r=document.createElementNS(e,"rect"),r.setAttribute("x","2"),r.setAttribute("y","2"),r.setAttribute("width","12"),r.setAttribute("height","12"),r.setAttribute("rx","1.5");break;case"triangle":r=document.createElementNS(e,"polygon"),r.setAttribute("points","8,1.5 15,14 1,14");break;case"diamond":r=document.createElementNS(e,"polygon"),r.setAttribute("points","8,1 15,8 8,15 1,8");break;case"rectangle":r=document.createElementNS(e,"rect"),r.setAttribute("x","0.5"),r.setAttribute("y","4"),r.setAttribute("width","15"),r.setAttribute("height","8"),r.setAttribute("rx","1");break;default:r=document.createElementNS(e,"circle"),r.setAttribute("cx","8"),r.setAttribute("cy","8"),r.setAttribute("r","6.5")}return r.setAttribute("fill",t),n.append(r),n}function Ig(a){let t=a>>>0;return()=>{t=t+1831565813>>>0;let e=t;return e=Math.imul(e^e>>>15,e|1),e^=e+Math.imul(e^e>>>7,e|61),((e^e>>>14)>>>0)/4294967296}}function Fg(a,t,{seed:e=42,edgesPerNode:n=1.5}={}){const r=Ig(e),i=Math.max(1,Math.round(t/50)),o=Date.UTC(2024,0,1),s=Array.from({length:i},()=>[]),l=Math.sqrt(t)*10,u=Array.from({length:i},()=>[(r()-.5)*2*l,(r()-.5)*2*l]);for(let c=0;c<t;c++){const f=Math.floor(r()*i),g=Re[Math.floor(r()*r()*Re.length)],p=r()<.002,v=p?1:Math.pow(r(),4),m=g==="Declaration"||g==="Booking"||g==="Seizure"||g==="Flight"?o+Math.floor(r()*365*864e5):null,y=`${g}:B${c}`;a.addNode(y,{kind:g,label:`${g} ${c}`,at:m?new Date(m).toISOString():null,t:m,knownSmuggler:p,communityId:f,pagerank:Math.pow(r(),3)/t,networkRisk:v,degree:0,x:u[f][0]+(r()-.5)*40,y:u[f][1]+(r()-.5)*40}),s[f].push(y)}const d=a.nodes(),h=Math.round(t*n);for(let c=0;c<h;c++){const f=d[Math.floor(r()*t)],g=a.getNodeAttribute(f,"communityId"),p=r()<.9&&s[g].length>1?s[g]:d,v=p[Math.floor(r()*p.length)];if(f===v)continue;const m=Ee[Math.floor(r()*Ee.length)],y=`${f}-${m}->${v}`;a.hasEdge(y)||a.addEdgeWithKey(y,f,v,{kind:m,from:f,to:v,at:null,t:null})}return a.forEachNode(c=>a.setNodeAttribute(c,"degree",a.degree(c))),a}function Kr(a){const t=[...a].sort((r,i)=>r-i),e=r=>t.length?t[Math.min(t.length-1,Math.floor(r*t.length))]:NaN,n=t.length?t.reduce((r,i)=>r+i,0)/t.length:NaN;return{frames:t.length,mean:n,p50:e(.5),p95:e(.95),max:t[t.length-1]??NaN,fps:1e3/n}}function Ng(a,t){const e=performance.now();Fg(a.graph,t);const n=performance.now()-e;a.$("graph-empty").hidden=!0,document.title=`BorderLens bench ${t}`;const r=performance.now();a.refresh();const i=performance.now()-r;a.afterGraphChange();const o={n:t,nodes:a.graph.order,edges:a.graph.size,genMs:n,firstRenderMs:i,ready:!0,legacy:!!a.legacyRender,async frames(s=4e3,{mode:l="ui"}={}){const u={...a.renderer.getSettings()},d=a.ctx.perf,h=a.slowRenderer;l==="full"?(a.renderer.setSettings({hideEdgesOnMove:!1,hideLabelsOnMove:!1}),a.ctx.perf={arrows:!0},a.refresh()):l==="slow"&&(a.slowRenderer=!0,a.tunePerformance());try{return await new Promise(c=>setTimeout(c,200)),this.sync(),{...await this.animateFor(s),settings:this.settings()}}finally{a.slowRenderer=h,a.renderer.setSettings({hideEdgesOnMove:u.hideEdgesOnMove,hideLabelsOnMove:u.hideLabelsOnMove,labelDensity:u.labelDensity,labelRenderedSizeThreshold:u.labelRenderedSizeThreshold}),a.ctx.perf=d,a.refresh()}},settings(){const s=a.renderer.getSettings(),l=a.policy||{};return{hideEdgesOnMove:s.hideEdgesOnMove,hideLabelsOnMove:s.hideLabelsOnMove,arrows:a.ctx.perf.arrows,edgeEvents:s.enableEdgeEvents,skipPicking:!!l.skipPickingWhileMoving,preview:!!l.previewWhileMoving}},sync(){const s=a.renderer.getWebGLContext();s.readPixels(0,0,1,1,s.RGBA,s.UNSIGNED_BYTE,new Uint8Array(4))},renderCost({moving:s=!1,times:l=3,mode:u="ui"}={}){const d=a.renderer,h=d.getMouseCaptor(),c=a.slowRenderer;a.slowRenderer=u==="slow",a.tunePerformance(),d.refresh(),this.sync();const f=[],g=[];try{for(let v=0;v<l;v++){h.isMoving=s;const m=performance.now();d.render();const y=performance.now();this.sync(),f.push(y-m),g.push(performance.now()-m)}}finally{h.isMoving=!1,a.slowRenderer=c,a.tunePerformance(),d.refresh()}const p=v=>[...v].sort((m,y)=>m-y)[v.length>>1];return{js:p(f),total:p(g)}},memory(){const s=performance.memory;return s?{usedJSHeapMB:s.usedJSHeapSize/1048576}:null},animateFor(s){const l=a.renderer.getCamera();return l.setState({x:.5,y:.5,ratio:1,angle:0}),new Promise(u=>{const d=[],h=[];let c=null,f=!1,g=0;const p=()=>{g++};a.renderer.on("afterRender",p);const v=a.renderer,m=Object.prototype.hasOwnProperty.call(v,"render"),y=v.render;v.render=function(...k){const A=performance.now();try{return y.apply(this,k)}finally{h.push(performance.now()-A)}};const _=a.moves?a.moves.stats.previews:0,x=performance.now(),b=[{ratio:.25,x:.35,y:.4},{ratio:1.2,x:.5,y:.5},{ratio:.4,x:.65,y:.6},{ratio:1,x:.5,y:.5}];let T=0;const S=()=>{f||l.animate({...b[T++%b.length],angle:T%2*.3},{duration:900}).then(S,()=>{})};S();const w=k=>{c!==null&&d.push(k-c),c=k,k-x<s?requestAnimationFrame(w):(f=!0,a.renderer.removeListener("afterRender",p),m?v.render=y:delete v.render,u({...Kr(d),renders:g,previews:a.moves?a.moves.stats.previews-_:0,seconds:(k-x)/1e3,render:Kr(h)}))};requestAnimationFrame(w)})},async fa2Worker(s=100,{slow:l=!1}={}){const u=a.slowRenderer;a.slowRenderer=l,a.tunePerformance();const d=new zs(a.graph),h=[];let c=null,f=!1;const g=p=>{c!==null&&h.push(p-c),c=p,f||requestAnimationFrame(g)};requestAnimationFrame(g);try{const p=await d.start(s);return{iterations:p.iterations,ms:p.wallMs,computeMs:p.computeMs,perIteration:p.wallMs/Math.max(1,p.iterations),applies:p.applies,frames:Kr(h)}}finally{f=!0,d.kill(),a.slowRenderer=u,a.tunePerformance()}},fa2Sync(s=100){const l=a.graph.copy(),u=performance.now();Ns.assign(l,{iterations:s,settings:Gs(l)});const d=performance.now()-u;return{iterations:s,ms:d,perIteration:d/s}}};return window.__bench=o,o}class Gg{constructor(){const t=e=>document.getElementById(e);this.$=t,this.user=null,this.asked=!1,t("btn-user").addEventListener("click",()=>this.open("")),t("auth-signout").addEventListener("click",()=>{Br(""),location.reload()}),t("auth-form").addEventListener("submit",e=>{e.preventDefault(),this.signIn()}),Os.add(e=>{this.asked||this.open(e)})}async check(){try{this.user=await oo(),this.show()}catch(t){t instanceof ft&&(t.status===401||t.status===403)&&this.open(t.message)}}show(){const t=this.$("btn-user");if(!this.user){t.hidden=!0;return}t.hidden=!1,t.textContent=this.user.devMode?`${this.user.role} (dev mode)`:`${this.user.id} · ${this.user.role}`,t.title=this.user.devMode?"No credentials configured: local requests act as an administrator":"Signed in; click to sign out or switch"}open(t){this.asked=!0;const e=this.$("dlg-auth");this.$("auth-why").textContent=t?`The server says: ${t}`:"",this.$("auth-msg").textContent="",this.$("auth-signout").hidden=!Ms(),e.open||e.showModal(),this.$("auth-token").focus()}async signIn(){const t=this.$("auth-token").value.trim(),e=this.$("auth-msg");if(t){Br(t);try{await oo(),this.$("dlg-auth").close(),location.reload()}catch(n){Br(""),e.textContent=`Not accepted: ${Oe(n)}`,e.className="form-msg error"}}}}const Qs=new URLSearchParams(location.search),ha=Math.max(0,Math.min(2e5,parseInt(Qs.get("bench")||"0",10)||0)),we=new Lg({bench:ha,legacyRender:Qs.get("render")==="legacy"});let za=!0;try{we.init()}catch(a){za=!1;const t=document.getElementById("graph-empty");t.hidden=!1,t.classList.add("fatal"),t.setAttribute("role","alert"),t.replaceChildren();const e=document.createElement("p");e.innerHTML="<strong>The graph canvas could not start.</strong>";const n=document.createElement("p");n.textContent=`This browser did not give the page a WebGL context (${a&&a.message?a.message:a}). Turn on WebGL / hardware acceleration, or use a current Chromium or Firefox.`,t.append(e,n),document.getElementById("db-stats").textContent="Workspace not started.",console.warn("BorderLens: workspace not started:",a)}window.borderlens={app:we,state(){const a=we.graph,t=[...we.path.edges].filter(n=>a.hasEdge(n)),e=we.visibleCounts();return{started:za,nodes:a.order,visibleNodes:e.nodes,visibleEdges:e.edges,filters:{kinds:[...we.filters.kinds],since:we.filters.since,until:we.filters.until},edges:a.size,selected:we.selected(),pathNodes:[...we.path.nodes].filter(n=>a.hasNode(n)),pathEdges:t,pathEdgesVisible:t.filter(n=>{const r=we.renderer.getEdgeDisplayData(n);return r&&r.visibility!=="hidden"&&we.renderer.getEdgeState(n).isPath}).length,canUndo:we.model.canUndo(),hash:location.hash}}};za&&(ha?Ng(we,ha):(new Gg().check(),we.loadDbStats(),we.loadFromHash()));
