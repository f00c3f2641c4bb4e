export { registerEndpoint as POST } from '../../../../../registrations/endpoints'
